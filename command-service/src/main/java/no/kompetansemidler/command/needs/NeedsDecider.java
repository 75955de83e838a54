package no.kompetansemidler.command.needs;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import no.kompetansemidler.allocation.plans.PlanCatalogue;
import no.kompetansemidler.command.kernel.RoundBasics;
import no.kompetansemidler.command.kernel.RoundCommand;
import no.kompetansemidler.command.kernel.RoundStep;
import no.kompetansemidler.command.kernel.YearlyFigures;
import no.kompetansemidler.command.refusal.CommandRefused;
import no.kompetansemidler.command.refusal.Refusal;
import no.kompetansemidler.command.refusal.Violation;
import no.kompetansemidler.command.refusal.Violations;
import no.kompetansemidler.events.needs.AdjustedNeedsSubmitted;
import no.kompetansemidler.events.needs.AdjustmentRequestWithdrawn;
import no.kompetansemidler.events.needs.AdjustmentRequested;
import no.kompetansemidler.events.needs.CallAnnounced;
import no.kompetansemidler.events.needs.NeedsReportAmended;
import no.kompetansemidler.events.needs.NeedsReportCoSigned;
import no.kompetansemidler.events.needs.NeedsReportContent;
import no.kompetansemidler.events.needs.NeedsReportSubmitted;
import no.kompetansemidler.events.needs.NeedsReportWithdrawn;
import no.kompetansemidler.events.needs.NeedsSubmissionClosed;
import no.kompetansemidler.events.needs.NeedsTemplateSent;
import no.kompetansemidler.events.needs.SubmissionDeadlineExtended;
import no.kompetansemidler.events.proposal.ProposalDrafted;
import no.kompetansemidler.events.register.PartnershipRegistered;
import no.kompetansemidler.events.round.RoundEvent;
import no.kompetansemidler.recorded.IndicativeFramesOnFile;
import no.kompetansemidler.recorded.LineArithmetic;
import no.kompetansemidler.recorded.NeedsReportsOnFile.FiledNeedsReport;
import no.kompetansemidler.recorded.plan.NeedsReportRequirements.Requirement;

/** The rules of the needs-report step: template, submission window, extensions and adjustments. */
public final class NeedsDecider {

    /** The steps in which each needs command is allowed (the submission window itself is checked by date). */
    public static final Map<Class<? extends RoundCommand>, Set<RoundStep>> STEPS = Map.of(
            SendNeedsTemplate.class, Set.of(RoundStep.OPENED),
            SubmitNeedsReport.class, Set.of(RoundStep.COLLECTING_NEEDS, RoundStep.NEEDS_CLOSED),
            AmendNeedsReport.class, Set.of(RoundStep.COLLECTING_NEEDS, RoundStep.NEEDS_CLOSED),
            WithdrawNeedsReport.class, Set.of(RoundStep.COLLECTING_NEEDS, RoundStep.NEEDS_CLOSED),
            ExtendSubmissionDeadline.class, Set.of(RoundStep.COLLECTING_NEEDS, RoundStep.NEEDS_CLOSED),
            CoSignNeedsReport.class,
            Set.of(RoundStep.COLLECTING_NEEDS, RoundStep.NEEDS_CLOSED, RoundStep.PROPOSAL_DRAFTED),
            RequestAdjustment.class, Set.of(RoundStep.PROPOSAL_DRAFTED),
            SubmitAdjustedNeeds.class, Set.of(RoundStep.PROPOSAL_DRAFTED),
            WithdrawAdjustmentRequest.class, Set.of(RoundStep.PROPOSAL_DRAFTED),
            AnnounceCall.class, Set.of(RoundStep.COLLECTING_NEEDS));

    private NeedsDecider() {
    }

    public static List<RoundEvent> sendTemplate(RoundBasics round, NeedsState needs, SendNeedsTemplate command,
                                                Instant now) {
        Violations violations = new Violations();
        violations.present("templateVersion", command.templateVersion());
        if (violations.present("recipients", command.recipients())) {
            violations.check(!command.recipients().isEmpty(), "recipients", "required",
                    "name the networks asked to report");
            violations.check(command.recipients().stream().distinct().count() == command.recipients().size(),
                    "recipients", "unique", "each network is named once");
            violations.check(command.recipients().stream().allMatch(id -> id != null && !id.isBlank()),
                    "recipients", "required", "network identifiers cannot be blank");
        }
        if (violations.present("submissionDeadline", command.submissionDeadline())) {
            violations.check(command.submissionDeadline().isAfter(now), "submissionDeadline", "in-the-future",
                    "the submission deadline must be later than now");
            violations.check(command.submissionDeadline().isBefore(round.budgetYearStart(1)), "submissionDeadline",
                    "within-budget-year", "needs are reported before the end of " + round.budgetYear());
        }
        YearlyFigures.check(command.networks(), command.yearlySharesBasisPoints(), command.yearlyAmountsOre(),
                violations);
        violations.throwIfAny();
        return List.of(new NeedsTemplateSent(round.roundId(), command.templateVersion(), command.recipients(),
                command.submissionDeadline(), command.networks(), command.yearlySharesBasisPoints(),
                command.yearlyAmountsOre()));
    }

    /**
     * The open call, once, while the window is open: from then on any network in the county's register may submit
     * too, besides those sent the template.
     */
    /** The call, with the indicative frames the round's plan gives from the template's key figures. */
    public static List<RoundEvent> announceCall(RoundBasics round, NeedsState needs, AnnounceCall command,
                                                Instant now, PlanCatalogue catalogue) {
        Violations violations = new Violations();
        violations.present("text", command.text());
        violations.throwIfAny();
        if (needs.openCall()) {
            throw CommandRefused.because(Refusal.CONFLICT, "call-announced", round.roundId()
                    + "'s call was announced already.");
        }
        if (!now.isBefore(needs.submissionDeadline())) {
            throw CommandRefused.because(Refusal.BUSINESS_RULE, "submission-closed", "The submission window of "
                    + round.roundId() + " closed at " + needs.submissionDeadline() + "; a call cannot open it.");
        }
        if (round.distributableOre() < 0) {
            throw CommandRefused.because(Refusal.BUSINESS_RULE, "commitments-above-frame", "Earlier rounds "
                    + "committed more to " + round.budgetYear() + " than its frame; reduce the promises before "
                    + "calling for needs.", Map.of("shortfallOre", -round.distributableOre()));
        }
        Map<String, Long> frames = needs.template().map(template -> IndicativeFramesOnFile.of(round.terms(),
                template, catalogue).frames()).orElse(new TreeMap<>());
        return List.of(new CallAnnounced(round.roundId(), round.budgetYear(), round.distributableOre(),
                needs.submissionDeadline(), command.text().strip(), round.planVersion().orElse(null), frames));
    }

    /**
     * @param registered whether a network is in the county's register: after an open call, any registered network
     *                   may submit
     */
    public static List<RoundEvent> submit(RoundBasics round, NeedsState needs, SubmitNeedsReport command, Instant now,
                                          EarlierMeasures earlier, Predicate<String> registered) {
        Violations violations = new Violations();
        violations.present("networkId", command.networkId());
        NeedsReportRules.check(command.content(), round, violations);
        violations.throwIfAny();
        requireRecipient(round, needs, command.networkId(), registered);
        requireOpen(round, needs, command.networkId(), now);
        requirePartnership(round, command.networkId(), command.content(), earlier);
        return List.of(new NeedsReportSubmitted(round.roundId(),
                command.networkId() + "-" + (needs.reportsOf(command.networkId()) + 1), command.networkId(),
                ContinuedMeasures.filed(round, command.networkId(), command.content(), earlier)));
    }

    /**
     * Where the round's plan asks for the partnership's joint report, a proposal is drafted only from needs reports a
     * partner has co-signed.
     */
    public static void requireCoSignatures(RoundBasics round, NeedsState needs) {
        if (!round.needsReportRequirements().requires(Requirement.PARTNER_CO_SIGNATURE)) {
            return;
        }
        List<String> unsigned = needs.standing().stream().map(FiledNeedsReport::reportId)
                .filter(reportId -> needs.coSignedBy(reportId).isEmpty()).toList();
        if (!unsigned.isEmpty()) {
            throw CommandRefused.because(Refusal.BUSINESS_RULE, "co-signature-missing", round.planName()
                    + " asks for the partnership's joint report: the university or college partner co-signs each "
                    + "needs report before the proposal, and " + String.join(", ", unsigned) + " are not co-signed.",
                    Map.of("reportIds", unsigned));
        }
    }

    public static List<RoundEvent> amend(RoundBasics round, NeedsState needs, AmendNeedsReport command, Instant now,
                                         EarlierMeasures earlier) {
        Violations violations = new Violations();
        NeedsReportRules.check(command.content(), round, violations);
        violations.throwIfAny();
        FiledNeedsReport report = standing(round, needs, command.reportId());
        requireOpen(round, needs, report.networkId(), now);
        requirePartnership(round, report.networkId(), command.content(), earlier);
        return List.of(new NeedsReportAmended(round.roundId(), report.reportId(), report.networkId(),
                ContinuedMeasures.filed(round, report.networkId(), command.content(), earlier)));
    }

    public static List<RoundEvent> withdraw(RoundBasics round, NeedsState needs, WithdrawNeedsReport command,
                                            Instant now) {
        Violations violations = new Violations();
        violations.present("reason", command.reason());
        violations.throwIfAny();
        FiledNeedsReport report = standing(round, needs, command.reportId());
        requireOpen(round, needs, report.networkId(), now);
        return List.of(new NeedsReportWithdrawn(round.roundId(), report.reportId(), report.networkId(),
                command.reason()));
    }

    /** The signer's organisation comes from their token; a report is co-signed once by each organisation. */
    public static List<RoundEvent> coSign(RoundBasics round, NeedsState needs, CoSignNeedsReport command,
                                          String partnerOrganisation) {
        FiledNeedsReport report = standing(round, needs, command.reportId());
        if (needs.coSignedBy(report.reportId()).contains(partnerOrganisation)) {
            throw CommandRefused.because(Refusal.CONFLICT, "already-co-signed",
                    partnerOrganisation + " has already co-signed " + report.reportId() + ".");
        }
        return List.of(new NeedsReportCoSigned(round.roundId(), report.reportId(), report.networkId(),
                partnerOrganisation));
    }

    public static List<RoundEvent> extend(RoundBasics round, NeedsState needs, ExtendSubmissionDeadline command,
                                          Instant now, Predicate<String> registered) {
        Violations violations = new Violations();
        violations.present("networkId", command.networkId());
        violations.present("reason", command.reason());
        if (violations.present("extendedUntil", command.extendedUntil())) {
            violations.check(command.extendedUntil().isAfter(needs.submissionDeadline()), "extendedUntil",
                    "after-deadline", "an extension ends after the deadline " + needs.submissionDeadline());
            violations.check(command.extendedUntil().isAfter(now), "extendedUntil", "in-the-future",
                    "an extension ends later than now");
            violations.check(command.extendedUntil().isBefore(round.budgetYearStart(1)), "extendedUntil",
                    "within-budget-year", "an extension ends before the end of " + round.budgetYear());
        }
        violations.throwIfAny();
        requireRecipient(round, needs, command.networkId(), registered);
        return List.of(new SubmissionDeadlineExtended(round.roundId(), command.networkId(),
                command.extendedUntil(), command.reason()));
    }

    /** The scheduled deadline: closes the window unless it is closed already. */
    public static List<RoundEvent> closeSubmission(RoundBasics round, NeedsState needs) {
        if (round.step() != RoundStep.COLLECTING_NEEDS) {
            return List.of();
        }
        return List.of(new NeedsSubmissionClosed(round.roundId(), needs.submissionDeadline(),
                needs.standing().size()));
    }

    public static List<RoundEvent> requestAdjustment(RoundBasics round, NeedsState needs, RequestAdjustment command,
                                                    ProposalDrafted proposal) {
        Violations violations = new Violations();
        violations.present("networkId", command.networkId());
        violations.present("reason", command.reason());
        violations.throwIfAny();
        long frame = LineArithmetic.totalsByRecipient(proposal.lines())
                .getOrDefault(command.networkId(), 0L);
        long requested = needs.requestedBy(command.networkId());
        if (requested <= frame) {
            throw CommandRefused.because(Refusal.BUSINESS_RULE, "needs-within-frame", command.networkId()
                    + " asks for no more than the proposal gives it; there is nothing to adjust.",
                    Map.of("frameOre", frame, "requestedOre", requested));
        }
        return List.of(new AdjustmentRequested(round.roundId(), command.networkId(), proposal.proposalNumber(), frame,
                requested, command.reason()));
    }

    public static List<RoundEvent> withdrawAdjustmentRequest(RoundBasics round, NeedsState needs,
                                                             WithdrawAdjustmentRequest command) {
        Violations violations = new Violations();
        violations.present("networkId", command.networkId());
        violations.present("reason", command.reason());
        violations.throwIfAny();
        if (!needs.adjustmentRequested(command.networkId())) {
            throw CommandRefused.because(Refusal.CONFLICT, "no-adjustment-requested", "No adjustment request to "
                    + command.networkId() + " is open in " + round.roundId() + ".");
        }
        return List.of(new AdjustmentRequestWithdrawn(round.roundId(), command.networkId(), command.reason()));
    }

    public static List<RoundEvent> submitAdjusted(RoundBasics round, NeedsState needs, SubmitAdjustedNeeds command,
                                                  EarlierMeasures earlier) {
        Violations violations = new Violations();
        NeedsReportRules.check(command.content(), round, violations);
        violations.throwIfAny();
        FiledNeedsReport report = standing(round, needs, command.reportId());
        if (!needs.adjustmentRequested(report.networkId())) {
            throw CommandRefused.because(Refusal.BUSINESS_RULE, "no-adjustment-requested", "No adjustment was "
                    + "requested from " + report.networkId() + "; its needs reports are closed for changes.");
        }
        requirePartnership(round, report.networkId(), command.content(), earlier);
        return List.of(new AdjustedNeedsSubmitted(round.roundId(), report.reportId(), report.networkId(),
                ContinuedMeasures.filed(round, report.networkId(), command.content(), earlier)));
    }

    /**
     * A report that names a partnership names one of the county's register, of its own network, whose work runs in
     * the round's budget year.
     */
    private static void requirePartnership(RoundBasics round, String networkId, NeedsReportContent content,
                                           EarlierMeasures earlier) {
        String named = content.partnershipId();
        if (named == null) {
            return;
        }
        PartnershipRegistered partnership = earlier.partnership(named).orElseThrow(() -> CommandRefused.because(
                Refusal.BUSINESS_RULE, "partnership-not-registered", round.county() + "'s register has no "
                        + "partnership " + named + "; register it with its network and partners first.",
                Map.of("partnershipId", named)));
        if (!partnership.networkId().equals(networkId)) {
            throw CommandRefused.because(Refusal.BUSINESS_RULE, "partnership-of-another-network", named
                    + " is " + partnership.networkId() + "'s partnership, not " + networkId + "'s.",
                    Map.of("partnershipId", named));
        }
        if (!partnership.runsIn(round.budgetYear())) {
            throw CommandRefused.because(Refusal.BUSINESS_RULE, "partnership-not-in-year", named + " runs "
                    + partnership.firstYear() + "–" + partnership.lastYear() + ", not in " + round.budgetYear()
                    + " (a development work runs at most four years).", Map.of("partnershipId", named));
        }
    }

    /** No such report in the round; the same answer for another network's report (see NeedsAccess). */
    public static CommandRefused reportNotFound(String roundId, String reportId) {
        return CommandRefused.because(Refusal.NOT_FOUND, "needs-report-not-found",
                "No needs report " + reportId + " in " + roundId + ".");
    }

    private static FiledNeedsReport standing(RoundBasics round, NeedsState needs, String reportId) {
        FiledNeedsReport report = needs.report(reportId)
                .orElseThrow(() -> reportNotFound(round.roundId(), reportId));
        if (report.withdrawn()) {
            throw CommandRefused.because(Refusal.CONFLICT, "needs-report-withdrawn",
                    "Needs report " + reportId + " was withdrawn.");
        }
        return report;
    }

    private static void requireRecipient(RoundBasics round, NeedsState needs, String networkId,
                                         Predicate<String> registered) {
        if (needs.openCall() && !needs.isRecipient(networkId)) {
            if (!registered.test(networkId)) {
                throw new CommandRefused(Refusal.BUSINESS_RULE, "not-registered", networkId + " is not in the "
                        + "county's register of networks; the call is open to every registered network or "
                        + "partnership.", List.of(new Violation("networkId", "registered-network",
                        "a network in the county's register")), Map.of());
            }
        } else if (!needs.isRecipient(networkId)) {
            throw new CommandRefused(Refusal.BUSINESS_RULE, "not-a-recipient", networkId
                    + " was not sent the template of " + round.roundId() + ".",
                    List.of(new Violation("networkId", "template-recipient", "one of " + needs.recipients())),
                    Map.of("recipients", List.copyOf(needs.recipients())));
        }
    }

    private static void requireOpen(RoundBasics round, NeedsState needs, String networkId, Instant now) {
        if (!needs.submissionOpenFor(networkId, now, round.step())) {
            Map<String, Object> details = new TreeMap<>();
            details.put("submissionDeadline", needs.submissionDeadline().toString());
            needs.extensionFor(networkId).ifPresent(until -> details.put("extendedUntil", until.toString()));
            throw CommandRefused.because(Refusal.BUSINESS_RULE, "submission-closed", "The submission window of "
                    + round.roundId() + " closed at " + needs.submissionDeadline() + " and " + networkId
                    + " has no extension running; the administrator can grant one.", details);
        }
    }
}
