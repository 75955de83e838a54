package no.kompetansemidler.command.round;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import no.kompetansemidler.events.decision.AllocationDecided;
import no.kompetansemidler.events.decision.GrantWithdrawn;
import no.kompetansemidler.events.forum.ForumInputRecorded;
import no.kompetansemidler.events.needs.AdjustmentRequested;
import no.kompetansemidler.events.needs.NeedsReportCoSigned;
import no.kompetansemidler.events.needs.NeedsSubmissionClosed;
import no.kompetansemidler.events.needs.NeedsTemplateSent;
import no.kompetansemidler.events.needs.SubmissionDeadlineExtended;
import no.kompetansemidler.events.proposal.AllocationLine;
import no.kompetansemidler.events.proposal.ProposalDrafted;
import no.kompetansemidler.events.reallocation.FundsSource;
import no.kompetansemidler.events.reallocation.LeftoverFundsReallocated;
import no.kompetansemidler.events.reporting.ReportApproved;
import no.kompetansemidler.events.reporting.ReportReturned;
import no.kompetansemidler.events.reporting.ReportSubmitted;
import no.kompetansemidler.events.round.BudgetFrameRevised;
import no.kompetansemidler.events.round.CommitmentsReserved;
import no.kompetansemidler.events.round.RoundClosed;
import no.kompetansemidler.events.round.RoundEvent;
import no.kompetansemidler.events.round.RoundOpened;
import no.kompetansemidler.recorded.NeedsReportsOnFile;
import no.kompetansemidler.recorded.NeedsReportsOnFile.FiledNeedsReport;

/**
 * Everything a round's decisions depend on, folded from its events. Plain Java: {@link #evolve} is the only way it
 * changes, so the same events always give the same state.
 */
public final class RoundState {

    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    public enum ReportStatus { AWAITING_REVIEW, RETURNED, APPROVED }

    /** A recipient's latest report. */
    public record Report(int submissionNumber, ReportStatus status, long unspentOre) {
    }

    private String roundId;
    private String county;
    private int budgetYear;
    private String planVersion;
    private long budgetFrameOre;
    private long commitmentsOre;
    private RoundStep step;
    private Instant submissionDeadline;
    private final Set<String> recipients = new LinkedHashSet<>();
    private final Map<String, Instant> extensions = new TreeMap<>();
    private final NeedsReportsOnFile needsReports = new NeedsReportsOnFile();
    private final Set<String> openAdjustmentRequests = new LinkedHashSet<>();
    private final Map<String, Set<String>> coSignatures = new TreeMap<>();
    private ProposalDrafted proposal;
    private boolean proposalOutdated;
    private int forumMeetings;
    private AllocationDecided decision;
    private final Map<String, Long> grantedOre = new TreeMap<>();
    private final Map<String, Long> withdrawnOre = new TreeMap<>();
    private final Map<String, Long> reallocatedFromWithdrawnOre = new TreeMap<>();
    private long reallocatedFromRemainderOre;
    private long reallocatedFromReturnedOre;
    private int reallocations;
    private final Map<String, Report> reports = new TreeMap<>();

    public void evolve(RoundEvent event) {
        if (needsReports.apply(event)) {
            inputsChanged();
        } else if (event instanceof RoundOpened opened) {
            roundId = opened.roundId();
            county = opened.county();
            budgetYear = opened.budgetYear();
            budgetFrameOre = opened.budgetFrameOre();
            planVersion = opened.planVersion();
            step = RoundStep.OPENED;
        } else if (event instanceof CommitmentsReserved reserved) {
            commitmentsOre += reserved.amountOre();
        } else if (event instanceof BudgetFrameRevised revised) {
            budgetFrameOre = revised.budgetFrameOre();
            inputsChanged();
        } else if (event instanceof NeedsTemplateSent sent) {
            recipients.addAll(sent.recipients());
            submissionDeadline = sent.submissionDeadline();
            step = RoundStep.COLLECTING_NEEDS;
        } else if (event instanceof NeedsReportCoSigned coSigned) {
            coSignatures.computeIfAbsent(coSigned.reportId(), report -> new LinkedHashSet<>())
                    .add(coSigned.partnerOrganisation());
        } else if (event instanceof SubmissionDeadlineExtended extended) {
            extensions.put(extended.networkId(), extended.extendedUntil());
        } else if (event instanceof NeedsSubmissionClosed) {
            step = RoundStep.NEEDS_CLOSED;
        } else if (event instanceof ProposalDrafted drafted) {
            proposal = drafted;
            proposalOutdated = false;
            step = RoundStep.PROPOSAL_DRAFTED;
        } else if (event instanceof AdjustmentRequested requested) {
            openAdjustmentRequests.add(requested.networkId());
        } else if (event instanceof ForumInputRecorded) {
            forumMeetings++;
        } else if (event instanceof AllocationDecided decided) {
            decision = decided;
            decided.lines().forEach(this::grant);
            step = RoundStep.DECIDED;
        } else if (event instanceof GrantWithdrawn withdrawn) {
            grantedOre.merge(withdrawn.recipientId(), -withdrawn.amountOre(), Long::sum);
            withdrawnOre.merge(withdrawn.recipientId(), withdrawn.amountOre(), Long::sum);
        } else if (event instanceof LeftoverFundsReallocated reallocated) {
            reallocations++;
            reallocated.lines().forEach(this::grant);
            if (reallocated.source() == FundsSource.UNALLOCATED_REMAINDER) {
                reallocatedFromRemainderOre += reallocated.amountOre();
            } else if (reallocated.source() == FundsSource.RETURNED_FUNDS) {
                reallocatedFromReturnedOre += reallocated.amountOre();
            } else {
                reallocatedFromWithdrawnOre.merge(reallocated.sourceReference(), reallocated.amountOre(), Long::sum);
            }
        } else if (event instanceof ReportSubmitted submitted) {
            reports.put(submitted.recipientId(), new Report(submitted.submissionNumber(),
                    ReportStatus.AWAITING_REVIEW, submitted.unspentOre()));
        } else if (event instanceof ReportApproved approved) {
            reports.computeIfPresent(approved.recipientId(),
                    (recipient, report) -> new Report(report.submissionNumber(), ReportStatus.APPROVED,
                            report.unspentOre()));
        } else if (event instanceof ReportReturned returned) {
            reports.computeIfPresent(returned.recipientId(),
                    (recipient, report) -> new Report(report.submissionNumber(), ReportStatus.RETURNED,
                            report.unspentOre()));
        } else if (event instanceof RoundClosed) {
            step = RoundStep.CLOSED;
        }
    }

    private void grant(AllocationLine line) {
        grantedOre.merge(line.recipientId(), line.amountOre(), Long::sum);
    }

    /** A proposal computed before a change of its inputs no longer shows what the rules give. */
    private void inputsChanged() {
        if (proposal != null) {
            proposalOutdated = true;
        }
    }

    public String roundId() {
        return roundId;
    }

    public String county() {
        return county;
    }

    public int budgetYear() {
        return budgetYear;
    }

    /**
     * Midnight in Norway opening the year {@code yearsAfter} years after the budget year's first day: the bounds of
     * the windows a round's dates must fall in ({@code budgetYearStart(1)} is when the budget year has ended).
     */
    public Instant budgetYearStart(int yearsAfter) {
        return LocalDate.of(budgetYear + yearsAfter, 1, 1).atStartOfDay(NORWAY).toInstant();
    }

    /** The plan version the round was opened under, if any. */
    public Optional<String> planVersion() {
        return Optional.ofNullable(planVersion);
    }

    public long budgetFrameOre() {
        return budgetFrameOre;
    }

    public long commitmentsOre() {
        return commitmentsOre;
    }

    /** What this year's decision may give away: the frame less what earlier years already promised. */
    public long distributableOre() {
        return budgetFrameOre - commitmentsOre;
    }

    public RoundStep step() {
        return step;
    }

    public Instant submissionDeadline() {
        return submissionDeadline;
    }

    public boolean isRecipient(String networkId) {
        return recipients.contains(networkId);
    }

    public Set<String> recipients() {
        return Collections.unmodifiableSet(recipients);
    }

    public Optional<Instant> extensionFor(String networkId) {
        return Optional.ofNullable(extensions.get(networkId));
    }

    /**
     * Whether the network may still submit, amend or withdraw at {@code now}: before the deadline (even if the
     * scheduled closing has not run yet, the deadline is what counts) or within its own extension.
     */
    public boolean submissionOpenFor(String networkId, Instant now) {
        boolean beforeDeadline = step == RoundStep.COLLECTING_NEEDS && !now.isAfter(submissionDeadline);
        return beforeDeadline || extensionFor(networkId).map(until -> !now.isAfter(until)).orElse(false);
    }

    public Optional<FiledNeedsReport> needsReport(String reportId) {
        return needsReports.get(reportId);
    }

    /** How many needs reports the network has submitted, withdrawn ones included. */
    public long needsReportsOf(String networkId) {
        return needsReports.filedBy(networkId);
    }

    /** Submitted and not withdrawn, in report-id order. */
    public List<FiledNeedsReport> standingNeedsReports() {
        return needsReports.standing();
    }

    public long requestedBy(String networkId) {
        return standingNeedsReports().stream().filter(report -> report.networkId().equals(networkId))
                .mapToLong(report -> report.content().requestedOre()).sum();
    }

    /** The partner organisations that co-signed the report. */
    public Set<String> coSignedBy(String reportId) {
        return Collections.unmodifiableSet(coSignatures.getOrDefault(reportId, Set.of()));
    }

    public boolean adjustmentRequested(String networkId) {
        return openAdjustmentRequests.contains(networkId);
    }

    public Optional<ProposalDrafted> proposal() {
        return Optional.ofNullable(proposal);
    }

    public boolean proposalOutdated() {
        return proposalOutdated;
    }

    public int proposalCount() {
        return proposal == null ? 0 : proposal.proposalNumber();
    }

    public int forumMeetings() {
        return forumMeetings;
    }

    public Optional<AllocationDecided> decision() {
        return Optional.ofNullable(decision);
    }

    /** What each recipient holds now: decided plus reallocated, less withdrawn; recipients holding nothing left out. */
    public Map<String, Long> grants() {
        return grantedOre.entrySet().stream().filter(grant -> grant.getValue() > 0)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
    }

    public long grantOf(String recipientId) {
        return grantedOre.getOrDefault(recipientId, 0L);
    }

    public int reallocations() {
        return reallocations;
    }

    /** What a source of leftover funds still has to give. */
    public long availableFrom(FundsSource source, String sourceReference) {
        if (source == FundsSource.UNALLOCATED_REMAINDER) {
            return decision == null ? 0 : decision.unallocatedOre() - reallocatedFromRemainderOre;
        }
        if (source == FundsSource.RETURNED_FUNDS) {
            return unspentOre() - reallocatedFromReturnedOre;
        }
        return withdrawnOre.getOrDefault(sourceReference, 0L)
                - reallocatedFromWithdrawnOre.getOrDefault(sourceReference, 0L);
    }

    /** Unspent funds in approved reports. */
    public long unspentOre() {
        return reports.values().stream().filter(report -> report.status() == ReportStatus.APPROVED)
                .mapToLong(Report::unspentOre).sum();
    }

    public Optional<Report> report(String recipientId) {
        return Optional.ofNullable(reports.get(recipientId));
    }

    /** Recipients holding a grant whose report is not approved yet. */
    public List<String> reportsOutstanding() {
        return grants().keySet().stream().filter(recipient -> report(recipient)
                .map(report -> report.status() != ReportStatus.APPROVED).orElse(true)).toList();
    }

    /** Recipients holding a grant who have not submitted any report. */
    public List<String> reportsMissing() {
        return grants().keySet().stream().filter(recipient -> report(recipient).isEmpty()).toList();
    }
}
