package no.kompetansemidler.recorded;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import no.kompetansemidler.allocation.plans.LongTermPlan;
import no.kompetansemidler.allocation.plans.PlanCatalogue;
import no.kompetansemidler.events.decision.AllocationDecided;
import no.kompetansemidler.events.decision.Deviation;
import no.kompetansemidler.events.proposal.AllocationLine;
import no.kompetansemidler.events.proposal.ProposalDrafted;
import no.kompetansemidler.events.round.RoundEvent;
import no.kompetansemidler.recorded.DecisionVerification.LineComparison;
import no.kompetansemidler.recorded.DecisionVerification.AppealChange;
import no.kompetansemidler.recorded.DecisionVerification.Mismatch;
import no.kompetansemidler.recorded.DecisionVerification.Outcome;
import no.kompetansemidler.recorded.ProposalsOnFile.DraftedProposal;
import no.kompetansemidler.recorded.plan.PlanDocuments;
import no.kompetansemidler.recorded.plan.RecordedPlans;

/**
 * Verifies a round's decision from its events alone: the inputs standing when the decided-on proposal was drafted
 * (frame, commitments, needs reports, and the key figures, adjustments and yearly shares the proposal recorded) go
 * through the allocation engine under the recorded plan version again; the recomputed proposal must equal the
 * recorded one, and the decision must differ from it only where a deviation with the right figures is recorded.
 * Anything else, such as an altered event, is a mismatch.
 */
public final class DecisionVerifier {

    private final PlanCatalogue catalogue;
    private final List<String> checks = new ArrayList<>();
    private final List<Mismatch> mismatches = new ArrayList<>();
    private final RoundTerms terms = new RoundTerms();
    private final NeedsReportsOnFile needsReports = new NeedsReportsOnFile();
    private final ProposalsOnFile proposals = new ProposalsOnFile();
    private final AppealsOnFile appeals = new AppealsOnFile();
    private AllocationDecided decision;

    private DecisionVerifier(PlanCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * @param history the round's events in order; those after its decision are read for what appeals changed
     * @return the verification, or empty if the history holds no decision
     */
    public static Optional<DecisionVerification> verify(List<? extends RoundEvent> history, PlanCatalogue catalogue) {
        DecisionVerifier verifier = new DecisionVerifier(catalogue);
        boolean decided = false;
        for (RoundEvent event : history) {
            if (decided) {
                verifier.appeals.apply(event);
            } else {
                decided = verifier.foldUntilDecision(event);
            }
        }
        return decided ? Optional.of(verifier.verifyDecision()) : Optional.empty();
    }

    /** @return whether the event was the decision */
    private boolean foldUntilDecision(RoundEvent event) {
        terms.apply(event);
        needsReports.apply(event);
        proposals.apply(event, terms, needsReports);
        if (event instanceof AllocationDecided decided) {
            decision = decided;
            return true;
        }
        return false;
    }

    private DecisionVerification verifyDecision() {
        DraftedProposal drafted = proposals.number(decision.proposalNumber()).orElse(null);
        if (drafted == null) {
            mismatch("proposal", "proposal " + decision.proposalNumber(), "the decision was made on it",
                    "no such proposal in the round's history");
            return result(null, null, List.of());
        }
        ProposalDrafted proposal = drafted.proposal();
        compare("plan-version", "the decision", decision.planVersion(), terms.planVersion().orElse(null));
        compare("plan-version", "proposal " + proposal.proposalNumber(), proposal.planVersion(), terms.planVersion().orElse(null));
        compare("budget-frame", "proposal " + proposal.proposalNumber(), ore(proposal.budgetFrameOre()),
                ore(drafted.budgetFrameOre()));
        compare("commitments-reserved", "proposal " + proposal.proposalNumber(), ore(proposal.commitmentsOre()),
                ore(drafted.commitmentsOre()));

        List<AllocationLine> proposed = proposal.lines();
        String recomputedFingerprint = null;
        if (proposal.planVersion() != null) {
            Optional<ComputedProposal> computed = recompute(drafted);
            if (computed.isPresent()) {
                recomputedFingerprint = computed.get().inputFingerprint();
                compareWithRecorded(proposal, computed.get());
                proposed = computed.get().lines();
            }
        }
        compareDeviations(proposed);
        compare("decision-unallocated", "the decision", ore(decision.unallocatedOre()),
                ore(drafted.budgetFrameOre() - drafted.commitmentsOre() - LineArithmetic.totalOre(decision.lines())));
        // both as sorted maps: a map read from an event iterates in no fixed order
        compare("later-year-commitments", "the decision",
                String.valueOf(new TreeMap<>(decision.commitmentsByYearOre())),
                String.valueOf(LineArithmetic.laterYearCommitments(terms.budgetYear(), decision.lines())));
        return result(proposal.inputFingerprint(), recomputedFingerprint, lineByLine(proposed, decision.lines()));
    }

    private Optional<ComputedProposal> recompute(DraftedProposal drafted) {
        ProposalDrafted proposal = drafted.proposal();
        Optional<LongTermPlan> plan;
        try {
            plan = RecordedPlans.plan(terms.county(), proposal.planVersion(), terms.planDocument().orElse(null),
                    catalogue);
        } catch (PlanDocuments.InvalidPlanDocument unreadable) {
            mismatch("plan-document", terms.county() + " " + proposal.planVersion(), "a readable plan document",
                    unreadable.getMessage());
            return Optional.empty();
        }
        if (plan.isPresent() && !plan.get().version().equals(proposal.planVersion())) {
            mismatch("plan-document", terms.county() + " " + proposal.planVersion(), "the document of version "
                    + proposal.planVersion(), "the round recorded the document of version " + plan.get().version());
            return Optional.empty();
        }
        if (plan.isEmpty()) {
            mismatch("plan-rules", terms.county() + " " + proposal.planVersion(), "rules of plan version "
                    + proposal.planVersion(), "the allocation engine has no rules for this plan version");
            return Optional.empty();
        }
        try {
            return Optional.of(ComputedProposal.compute(plan.get(), new ProposalInputs(drafted.budgetFrameOre(),
                    drafted.commitmentsOre(), proposal.networks(), drafted.standingNeedsReports(),
                    proposal.adjustments(), proposal.yearlySharesBasisPoints(), proposal.yearlyAmountsOre(),
                    proposal.tieBreakers(), drafted.commitmentsByLineYearsOre())));
        } catch (IllegalArgumentException rejected) {
            mismatch("input-fingerprint", "proposal " + proposal.proposalNumber(), proposal.inputFingerprint(),
                    "the engine rejects the recorded inputs: " + rejected.getMessage());
            return Optional.empty();
        }
    }

    private void compareWithRecorded(ProposalDrafted recorded, ComputedProposal computed) {
        String subject = "proposal " + recorded.proposalNumber();
        compare("input-fingerprint", subject, recorded.inputFingerprint(), computed.inputFingerprint());
        made("proposal-lines");
        Map<String, AllocationLine> recordedLines = byKey(recorded.lines());
        Map<String, AllocationLine> computedLines = byKey(computed.lines());
        Set<String> keys = new TreeSet<>(recordedLines.keySet());
        keys.addAll(computedLines.keySet());
        keys.stream().filter(key -> !Objects.equals(recordedLines.get(key), computedLines.get(key)))
                .forEach(key -> mismatches.add(new Mismatch("proposal-lines", key, describe(recordedLines.get(key)),
                        describe(computedLines.get(key)))));
        compare("proposal-unallocated", subject, ore(recorded.unallocatedOre()), ore(computed.unallocatedOre()));
        compare("compliance-findings", subject, findings(recorded.findings().stream()
                        .map(finding -> finding.code() + " " + finding.subject())),
                findings(computed.findings().stream().map(finding -> finding.code() + " " + finding.subject())));
    }

    /**
     * Every recipient whose decided total differs from the proposal's has a deviation with exactly those totals; a
     * deviation with equal totals stands for lines that run other years than proposed (decisions from before that
     * rule recorded none, so a years change without one is not a mismatch).
     */
    private void compareDeviations(List<AllocationLine> proposed) {
        made("deviations");
        Map<String, Deviation> recorded = decision.deviations().stream()
                .collect(Collectors.toMap(Deviation::recipientId, Function.identity(), (first, second) -> first));
        Map<String, LineArithmetic.Difference> actual = LineArithmetic.differences(proposed, decision.lines())
                .stream().collect(Collectors.toMap(LineArithmetic.Difference::recipientId, Function.identity(),
                        (first, second) -> first, TreeMap::new));
        Map<String, Long> totals = LineArithmetic.totalsByRecipient(decision.lines());
        LineArithmetic.yearsChanged(proposed, decision.lines()).stream().filter(recorded::containsKey)
                .forEach(recipient -> actual.put(recipient, new LineArithmetic.Difference(recipient,
                        totals.get(recipient), totals.get(recipient))));
        Set<String> recipients = new TreeSet<>(recorded.keySet());
        recipients.addAll(actual.keySet());
        for (String recipient : recipients) {
            Deviation deviation = recorded.get(recipient);
            LineArithmetic.Difference difference = actual.get(recipient);
            String recordedText = deviation == null ? "no deviation recorded"
                    : "proposed " + ore(deviation.proposedOre()) + ", decided " + ore(deviation.decidedOre());
            String actualText = difference == null ? "decided as proposed"
                    : "proposed " + ore(difference.proposedOre()) + ", decided " + ore(difference.decidedOre());
            boolean agrees = deviation != null && difference != null
                    && deviation.proposedOre() == difference.proposedOre()
                    && deviation.decidedOre() == difference.decidedOre();
            if (!agrees) {
                mismatches.add(new Mismatch("deviations", recipient, recordedText, actualText));
            }
        }
    }

    private static List<LineComparison> lineByLine(List<AllocationLine> proposed, List<AllocationLine> decided) {
        Map<String, AllocationLine> proposedLines = byKey(proposed);
        Map<String, AllocationLine> decidedLines = byKey(decided);
        Set<String> keys = new TreeSet<>(proposedLines.keySet());
        keys.addAll(decidedLines.keySet());
        return keys.stream().map(key -> {
            AllocationLine from = proposedLines.get(key);
            AllocationLine to = decidedLines.get(key);
            AllocationLine either = from != null ? from : to;
            return new LineComparison(either.recipientId(), either.purpose(), either.needsReportId(), from, to,
                    Objects.equals(from, to));
        }).toList();
    }

    /** Lines keyed by recipient, purpose and needs report; a repeated key is numbered so no line is lost. */
    private static Map<String, AllocationLine> byKey(List<AllocationLine> lines) {
        Map<String, AllocationLine> keyed = new LinkedHashMap<>();
        for (AllocationLine line : lines) {
            String key = line.recipientId() + " " + line.purpose()
                    + (line.needsReportId() == null ? "" : " " + line.needsReportId());
            String unique = key;
            for (int repeat = 2; keyed.containsKey(unique); repeat++) {
                unique = key + " #" + repeat;
            }
            keyed.put(unique, line);
        }
        return keyed;
    }

    private static String describe(AllocationLine line) {
        return line == null ? "no line" : "network " + ore(line.networkOre()) + " + partner " + ore(line.partnerOre())
                + " a year for " + line.years() + (line.years() == 1 ? " year" : " years")
                + (line.targetGroup() == null ? "" : ", " + line.targetGroup());
    }

    private static String findings(Stream<String> findings) {
        return String.valueOf(findings.sorted().toList());
    }

    private static String ore(long amount) {
        return amount + " øre";
    }

    private void compare(String check, String subject, String recorded, String recomputed) {
        made(check);
        if (!Objects.equals(recorded, recomputed)) {
            mismatch(check, subject, recorded, recomputed);
        }
    }

    private void mismatch(String check, String subject, String recorded, String recomputed) {
        made(check);
        mismatches.add(new Mismatch(check, subject, String.valueOf(recorded), String.valueOf(recomputed)));
    }

    private void made(String check) {
        if (!checks.contains(check)) {
            checks.add(check);
        }
    }

    private DecisionVerification result(String recordedFingerprint, String recomputedFingerprint,
                                        List<LineComparison> lines) {
        List<AppealChange> appealChanges = explainAppeals();
        Outcome outcome = !mismatches.isEmpty() ? Outcome.MISMATCH
                : decision.planVersion() == null ? Outcome.MADE_BY_HAND : Outcome.VERIFIED;
        return new DecisionVerification(decision.roundId(), outcome, decision.proposalNumber(),
                decision.planVersion(), recordedFingerprint, recomputedFingerprint, checks, lines, mismatches,
                appealChanges);
    }

    /**
     * What appeals gave after the decision, each grant checked: to the appellant alone, with its letter. The
     * decision itself is verified as made; an appeal's grant is a change after it, not a departure from it.
     */
    private List<AppealChange> explainAppeals() {
        List<AppealChange> changes = new ArrayList<>();
        for (AppealsOnFile.Appeal appeal : appeals.appeals()) {
            String appellant = appeal.lodged().recipientId();
            for (AppealsOnFile.GrantOnAppeal grant : appeal.grants()) {
                compare("appeal-grant", "appeal " + appeal.lodged().appealNumber() + ", reallocation "
                        + grant.reallocationNumber(), String.valueOf(grant.recipients()), "[" + appellant + "]");
                String outcome = AppealsOnFile.COUNTY_GOVERNOR.equals(grant.decidedBy())
                        ? appeal.reconsideration().outcome().name() : appeal.appealBodyDecision().outcome().name();
                changes.add(new AppealChange(appeal.lodged().appealNumber(), appellant, grant.decidedBy(), outcome,
                        grant.reallocationNumber(), grant.amountOre(), grant.letterReference()));
            }
        }
        appeals.grantsWithoutLetter().forEach((reallocation, appealNumber) -> mismatch("appeal-grant", "appeal "
                + appealNumber + ", reallocation " + reallocation, "a grant on appeal with its letter",
                "no reallocation with a letter of that number"));
        return changes;
    }
}
