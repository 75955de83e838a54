package no.kompetansemidler.recorded;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import no.kompetansemidler.allocation.plans.PlanCatalogue;
import no.kompetansemidler.events.decision.AllocationDecided;
import no.kompetansemidler.events.decision.Deviation;
import no.kompetansemidler.events.needs.Measure;
import no.kompetansemidler.events.needs.NeedsReportContent;
import no.kompetansemidler.events.needs.NeedsReportSubmitted;
import no.kompetansemidler.events.needs.NeedsReportWithdrawn;
import no.kompetansemidler.events.needs.Partner;
import no.kompetansemidler.events.needs.PartnerKind;
import no.kompetansemidler.events.needs.TargetGroup;
import no.kompetansemidler.events.proposal.AllocationLine;
import no.kompetansemidler.events.proposal.NetworkKeyFigures;
import no.kompetansemidler.events.proposal.ProposalDrafted;
import no.kompetansemidler.events.round.CommitmentsReserved;
import no.kompetansemidler.events.round.RoundEvent;
import no.kompetansemidler.events.round.RoundOpened;
import no.kompetansemidler.recorded.DecisionVerification.Mismatch;
import no.kompetansemidler.recorded.DecisionVerification.Outcome;
import no.kompetansemidler.recorded.NeedsReportsOnFile.FiledNeedsReport;
import org.junit.jupiter.api.Test;

/**
 * A decided Innlandet round under its 2026 plan, recorded as command-service records it, then verified as it is
 * and with one thing altered at a time.
 */
class DecisionVerifierTest {

    private static final String ROUND = "innlandet-2027";
    private static final String PLAN = "2026-01-15";
    private static final long FRAME = 10_000_000_00L;
    private static final long COMMITTED = 1_000_000_00L;
    private static final Instant DEADLINE = Instant.parse("2028-03-01T00:00:00Z");
    private static final PlanCatalogue PLANS = PlanCatalogue.standard();
    private static final List<NetworkKeyFigures> KEY_FIGURES = List.of(
            new NetworkKeyFigures("hamar", 300_00L, 4_000L), new NetworkKeyFigures("valdres", 100_00L, 1_000L));

    private static final NeedsReportSubmitted HAMAR = new NeedsReportSubmitted(ROUND, "hamar-1", "hamar",
            needs(TargetGroup.SCHOOL, 2, 2_000_000_00L, 1_500_000_00L));
    private static final NeedsReportSubmitted VALDRES = new NeedsReportSubmitted(ROUND, "valdres-1", "valdres",
            needs(TargetGroup.KINDERGARTEN, 1, 800_000_00L, 400_000_00L));
    private static final NeedsReportSubmitted VALDRES_WITHDRAWN_LATER = new NeedsReportSubmitted(ROUND,
            "valdres-2", "valdres", needs(TargetGroup.BOTH, 1, 900_000_00L, 0L));

    @Test
    void a_decision_as_proposed_is_verified_line_by_line() {
        List<RoundEvent> history = decidedAsProposed();

        DecisionVerification verification = DecisionVerifier.verify(history, PLANS).orElseThrow();

        assertThat(verification.outcome()).isEqualTo(Outcome.VERIFIED);
        assertThat(verification.mismatches()).isEmpty();
        assertThat(verification.recomputedFingerprint()).isEqualTo(verification.recordedFingerprint()).isNotNull();
        assertThat(verification.checks()).contains("plan-version", "budget-frame", "commitments-reserved",
                "input-fingerprint", "proposal-lines", "compliance-findings", "deviations", "decision-unallocated",
                "later-year-commitments");
        assertThat(verification.lines()).isNotEmpty().allSatisfy(line -> assertThat(line.same()).isTrue());
        assertThat(verification.lines()).extracting(DecisionVerification.LineComparison::needsReportId)
                .contains("hamar-1", "valdres-1").doesNotContain("valdres-2");
    }

    @Test
    void a_needs_report_altered_after_the_fact_changes_the_fingerprint_and_the_lines() {
        List<RoundEvent> history = decidedAsProposed();
        history.set(history.indexOf(HAMAR), new NeedsReportSubmitted(ROUND, "hamar-1", "hamar",
                needs(TargetGroup.SCHOOL, 2, 2_000_000_00L, 1_000_000_00L)));

        DecisionVerification verification = DecisionVerifier.verify(history, PLANS).orElseThrow();

        assertThat(verification.outcome()).isEqualTo(Outcome.MISMATCH);
        assertThat(verification.recomputedFingerprint()).isNotEqualTo(verification.recordedFingerprint());
        assertThat(verification.mismatches()).extracting(Mismatch::check)
                .contains("input-fingerprint", "proposal-lines");
    }

    @Test
    void altered_key_figures_in_the_recorded_proposal_are_a_mismatch() {
        List<RoundEvent> history = decidedAsProposed();
        ProposalDrafted proposal = proposalIn(history);
        history.set(history.indexOf(proposal), withKeyFigures(proposal, List.of(
                new NetworkKeyFigures("hamar", 100_00L, 4_000L), new NetworkKeyFigures("valdres", 300_00L, 1_000L))));

        DecisionVerification verification = DecisionVerifier.verify(history, PLANS).orElseThrow();

        assertThat(verification.outcome()).isEqualTo(Outcome.MISMATCH);
        assertThat(verification.mismatches()).extracting(Mismatch::check).contains("input-fingerprint");
    }

    @Test
    void lines_running_other_years_with_a_recorded_deviation_verify_and_a_deviation_without_a_change_does_not() {
        List<RoundEvent> history = decidedAsProposed();
        AllocationDecided decision = decisionIn(history);
        List<AllocationLine> lines = new ArrayList<>(decision.lines());
        int index = lines.indexOf(lines.stream().filter(line -> line.years() > 1).findFirst().orElseThrow());
        AllocationLine longer = lines.get(index);
        lines.set(index, new AllocationLine(longer.recipientId(), longer.purpose(), longer.needsReportId(),
                longer.targetGroup(), 1, longer.networkOre(), longer.partnerOre()));
        long total = LineArithmetic.totalsByRecipient(lines).get(longer.recipientId());
        history.set(history.indexOf(decision), decided(lines, List.of(new Deviation(longer.recipientId(), total,
                total, "Ett år")), decision.unallocatedOre()));

        assertThat(DecisionVerifier.verify(history, PLANS).orElseThrow().mismatches())
                .extracting(Mismatch::check).doesNotContain("deviations");

        // a deviation recorded with equal totals where nothing changed is a mismatch
        List<RoundEvent> unchanged = decidedAsProposed();
        AllocationDecided asProposed = decisionIn(unchanged);
        long hamar = LineArithmetic.totalsByRecipient(asProposed.lines()).get("hamar");
        unchanged.set(unchanged.indexOf(asProposed), decided(asProposed.lines(), List.of(new Deviation("hamar",
                hamar, hamar, "Ingenting")), asProposed.unallocatedOre()));
        assertThat(DecisionVerifier.verify(unchanged, PLANS).orElseThrow().mismatches())
                .extracting(Mismatch::check).contains("deviations");
    }

    @Test
    void a_decided_line_changed_without_a_recorded_deviation_is_a_mismatch_naming_the_recipient() {
        List<RoundEvent> history = decidedAsProposed();
        AllocationDecided decision = decisionIn(history);
        List<AllocationLine> lines = new ArrayList<>(decision.lines());
        AllocationLine first = lines.get(0);
        lines.set(0, new AllocationLine(first.recipientId(), first.purpose(), first.needsReportId(),
                first.targetGroup(), first.years(), first.networkOre() + 100, first.partnerOre()));
        history.set(history.indexOf(decision), decided(lines, List.of(), decision.unallocatedOre() - 100));

        DecisionVerification verification = DecisionVerifier.verify(history, PLANS).orElseThrow();

        assertThat(verification.outcome()).isEqualTo(Outcome.MISMATCH);
        assertThat(verification.mismatches()).containsExactly(new Mismatch("deviations", first.recipientId(),
                "no deviation recorded", "proposed " + total(decision.lines(), first.recipientId()) + " øre, decided "
                        + (total(decision.lines(), first.recipientId()) + 100) + " øre"));
        assertThat(verification.lines()).filteredOn(line -> !line.same()).hasSize(1);
    }

    @Test
    void a_deviation_recorded_with_its_reason_and_the_right_figures_is_verified() {
        List<RoundEvent> history = decidedAsProposed();
        AllocationDecided decision = decisionIn(history);
        AllocationLine first = decision.lines().get(0);
        List<AllocationLine> lines = new ArrayList<>(decision.lines());
        lines.set(0, new AllocationLine(first.recipientId(), first.purpose(), first.needsReportId(),
                first.targetGroup(), first.years(), first.networkOre() - 500, first.partnerOre()));
        long proposed = total(decision.lines(), first.recipientId());
        history.set(history.indexOf(decision), decided(lines, List.of(new Deviation(first.recipientId(), proposed,
                proposed - 500, "The forum asked for a smaller first year")), decision.unallocatedOre() + 500));

        DecisionVerification verification = DecisionVerifier.verify(history, PLANS).orElseThrow();

        assertThat(verification.mismatches()).isEmpty();
        assertThat(verification.outcome()).isEqualTo(Outcome.VERIFIED);
    }

    @Test
    void a_deviation_recorded_with_other_figures_than_the_lines_give_is_a_mismatch() {
        List<RoundEvent> history = decidedAsProposed();
        AllocationDecided decision = decisionIn(history);
        String recipient = decision.lines().get(0).recipientId();
        history.set(history.indexOf(decision), decided(decision.lines(),
                List.of(new Deviation(recipient, 1L, 2L, "invented")), decision.unallocatedOre()));

        DecisionVerification verification = DecisionVerifier.verify(history, PLANS).orElseThrow();

        assertThat(verification.mismatches()).containsExactly(new Mismatch("deviations", recipient,
                "proposed 1 øre, decided 2 øre", "decided as proposed"));
    }

    @Test
    void a_recorded_frame_or_unallocated_amount_that_the_events_do_not_give_is_a_mismatch() {
        List<RoundEvent> history = decidedAsProposed();
        AllocationDecided decision = decisionIn(history);
        history.set(history.indexOf(decision), decided(decision.lines(), List.of(), decision.unallocatedOre() + 1));
        ProposalDrafted proposal = proposalIn(history);
        history.set(history.indexOf(proposal), new ProposalDrafted(ROUND, 1, PLAN, proposal.inputFingerprint(),
                FRAME + 1, proposal.commitmentsOre(), proposal.networks(), proposal.adjustments(),
                proposal.yearlySharesBasisPoints(), proposal.yearlyAmountsOre(), proposal.lines(),
                proposal.unallocatedOre(), proposal.findings(), proposal.trace()));

        DecisionVerification verification = DecisionVerifier.verify(history, PLANS).orElseThrow();

        assertThat(verification.mismatches()).containsExactly(
                new Mismatch("budget-frame", "proposal 1", (FRAME + 1) + " øre", FRAME + " øre"),
                new Mismatch("decision-unallocated", "the decision", (decision.unallocatedOre() + 1) + " øre",
                        decision.unallocatedOre() + " øre"));
    }

    @Test
    void later_year_commitments_are_recomputed_from_the_decided_lines() {
        List<RoundEvent> history = decidedAsProposed();
        AllocationDecided decision = decisionIn(history);
        assertThat(decision.commitmentsByYearOre()).containsKey(2028);
        history.set(history.indexOf(decision), new AllocationDecided(ROUND, 1, PLAN, decision.lines(), List.of(),
                Map.of(), Map.of(), decision.unallocatedOre(), DEADLINE));

        assertThat(DecisionVerifier.verify(history, PLANS).orElseThrow().mismatches())
                .extracting(Mismatch::check).containsExactly("later-year-commitments");
    }

    @Test
    void a_proposal_made_by_hand_cannot_be_recomputed_but_the_decision_is_checked_against_it() {
        AllocationLine line = new AllocationLine("bergen", "NETWORK_FRAME", null, null, 1, 600_000L, 400_000L);
        List<RoundEvent> history = List.of(new RoundOpened("vestland-2027", "Vestland", 2027, 2_000_000L, null, null),
                new ProposalDrafted("vestland-2027", 1, null, null, 2_000_000L, 0L, List.of(), List.of(), Map.of(),
                        Map.of(), List.of(line), 1_000_000L, List.of(), List.of()),
                new AllocationDecided("vestland-2027", 1, null, List.of(line), List.of(), Map.of(), Map.of(),
                        1_000_000L, DEADLINE));

        DecisionVerification verification = DecisionVerifier.verify(history, PLANS).orElseThrow();

        assertThat(verification.outcome()).isEqualTo(Outcome.MADE_BY_HAND);
        assertThat(verification.recomputedFingerprint()).isNull();
        assertThat(verification.checks()).doesNotContain("input-fingerprint").contains("deviations");
    }

    @Test
    void a_decision_on_a_proposal_missing_from_the_history_is_a_mismatch() {
        List<RoundEvent> history = decidedAsProposed();
        history.remove(proposalIn(history));

        assertThat(DecisionVerifier.verify(history, PLANS).orElseThrow().mismatches())
                .extracting(Mismatch::check).containsExactly("proposal");
    }

    @Test
    void a_round_without_a_decision_has_nothing_to_verify() {
        List<RoundEvent> history = decidedAsProposed();
        history.remove(decisionIn(history));

        assertThat(DecisionVerifier.verify(history, PLANS)).isEmpty();
    }

    /**
     * Opened under the plan with commitments from an earlier year; three reports, one withdrawn before the
     * proposal; the engine's proposal; decided exactly as proposed.
     */
    private static List<RoundEvent> decidedAsProposed() {
        List<RoundEvent> history = new ArrayList<>(List.of(
                new RoundOpened(ROUND, "Innlandet", 2027, FRAME, PLAN, null),
                new CommitmentsReserved(ROUND, "innlandet-2026", COMMITTED), HAMAR, VALDRES,
                VALDRES_WITHDRAWN_LATER, new NeedsReportWithdrawn(ROUND, "valdres-2", "valdres", "merged")));
        NeedsReportsOnFile onFile = new NeedsReportsOnFile();
        history.forEach(onFile::apply);
        List<FiledNeedsReport> standing = onFile.standing();
        ProposalInputs inputs = new ProposalInputs(FRAME, COMMITTED, KEY_FIGURES, standing, List.of(), Map.of(),
                Map.of(), Map.of());
        ComputedProposal computed = ComputedProposal.compute(PLANS.version("Innlandet", PLAN).orElseThrow(), inputs);
        history.add(computed.recorded(ROUND, 1, inputs));
        history.add(decided(computed.lines(), List.of(),
                FRAME - COMMITTED - LineArithmetic.totalOre(computed.lines())));
        return history;
    }

    private static AllocationDecided decided(List<AllocationLine> lines, List<Deviation> deviations,
                                             long unallocatedOre) {
        return new AllocationDecided(ROUND, 1, PLAN, lines, deviations, Map.of(),
                LineArithmetic.laterYearCommitments(2027, lines), unallocatedOre, DEADLINE);
    }

    private static ProposalDrafted withKeyFigures(ProposalDrafted proposal, List<NetworkKeyFigures> figures) {
        return new ProposalDrafted(ROUND, proposal.proposalNumber(), PLAN, proposal.inputFingerprint(),
                proposal.budgetFrameOre(), proposal.commitmentsOre(), figures, proposal.adjustments(),
                proposal.yearlySharesBasisPoints(), proposal.yearlyAmountsOre(), proposal.lines(),
                proposal.unallocatedOre(), proposal.findings(), proposal.trace());
    }

    private static ProposalDrafted proposalIn(List<RoundEvent> history) {
        return history.stream().filter(ProposalDrafted.class::isInstance).map(ProposalDrafted.class::cast)
                .findFirst().orElseThrow();
    }

    private static AllocationDecided decisionIn(List<RoundEvent> history) {
        return history.stream().filter(AllocationDecided.class::isInstance).map(AllocationDecided.class::cast)
                .findFirst().orElseThrow();
    }

    private static long total(List<AllocationLine> lines, String recipient) {
        return LineArithmetic.totalsByRecipient(lines).get(recipient);
    }

    private static NeedsReportContent needs(TargetGroup targetGroup, int years, long ownerOre, long partnerOre) {
        return new NeedsReportContent(List.of("Hamar kommune"),
                List.of(new Partner("Høgskolen i Innlandet", PartnerKind.UNIVERSITY_OR_COLLEGE)), targetGroup,
                List.of("inkludering"), List.of(new Measure("Inkluderende praksis", years, ownerOre, partnerOre, 0L,
                0L)), "Ledere deltar i nettverket", "Samisk innhold i materiellet", 0L, false, 0);
    }
}
