package no.kompetansemidler.allocation.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import no.kompetansemidler.allocation.AllocationEngine;
import no.kompetansemidler.allocation.input.AllocationInput;
import no.kompetansemidler.allocation.input.ManualAdjustment;
import no.kompetansemidler.allocation.input.NeedsReport;
import no.kompetansemidler.allocation.input.Network;
import no.kompetansemidler.allocation.input.TargetGroup;
import no.kompetansemidler.allocation.input.YearlyDecisions;
import no.kompetansemidler.allocation.money.Share;
import no.kompetansemidler.allocation.result.AllocationResult;
import no.kompetansemidler.allocation.result.Finding;
import no.kompetansemidler.allocation.result.ProposalLine;
import no.kompetansemidler.allocation.rules.CoordinatorCap;
import no.kompetansemidler.allocation.rules.MaximumYearsPerPartnership;
import no.kompetansemidler.allocation.rules.MultiYearLocks;
import no.kompetansemidler.allocation.rules.TargetGroupShares;
import org.junit.jupiter.api.Test;

/** Troms' principles by hand, on 10 000 000,00 kr = 1 000 000 000 øre. */
class TromsPlanTest {

    private static final long FUNDS = 1_000_000_000L;
    private static final List<Network> PARTNERSHIPS = List.of(new Network("tromso", Map.of()),
            new Network("nord-troms", Map.of()), new Network("midt-troms", Map.of()));

    // s-new:  school, owner new to the scheme, 100 + 150 mill øre asked, 3 years
    // s-old:  school, 50 + 250, 1 year
    // k-old:  kindergarten, 100 + 100, 2 years, already funded 3 years
    // b-old:  both / wider target group, 100 + 300, 1 year
    private static final List<NeedsReport> REPORTS = List.of(
            new NeedsReport("s-new", "nord-troms", TargetGroup.SCHOOL, 100_000_000L, 150_000_000L, 0, 3, false, 0),
            new NeedsReport("s-old", "tromso", TargetGroup.SCHOOL, 50_000_000L, 250_000_000L, 0, 1, true, 0),
            new NeedsReport("k-old", "tromso", TargetGroup.KINDERGARTEN, 100_000_000L, 100_000_000L, 0, 2, true, 3),
            new NeedsReport("b-old", "midt-troms", TargetGroup.BOTH, 100_000_000L, 300_000_000L, 0, 1, true, 0));

    @Test
    void target_group_pots_fund_new_owners_first_and_share_what_a_pot_does_not_need() {
        // pots 35/35/30: school 350, kindergarten 350, both 300 (mill øre)
        // school: s-new (new owner) first: 250 in full; s-old gets the remaining 100 of 300
        // kindergarten: k-old 200 in full; 150 not needed
        // both: b-old gets 300 of 400
        // the 150 left: s-old short 200, b-old short 100 → 150 × 2/3 = 100 and × 1/3 = 50
        AllocationResult result = AllocationEngine.allocate(Troms.plan2026(), input(REPORTS));

        assertThat(grant(result, "s-new")).isEqualTo(250_000_000L);
        assertThat(grant(result, "s-old")).isEqualTo(200_000_000L);
        assertThat(grant(result, "k-old")).isEqualTo(200_000_000L);
        assertThat(grant(result, "b-old")).isEqualTo(350_000_000L);
        assertThat(result.unallocatedOre()).isZero();
    }

    @Test
    void a_partly_funded_report_keeps_its_owner_partner_ratio_and_is_flagged_for_the_partners() {
        AllocationResult result = AllocationEngine.allocate(Troms.plan2026(), input(REPORTS));

        // s-old: 200 000 000 by 50:250 → 33 333 333 r⅓ and 166 666 666 r⅔: the odd øre to the partner
        assertThat(line(result, "s-old")).extracting(ProposalLine::networkOre, ProposalLine::partnerOre)
                .containsExactly(33_333_333L, 166_666_667L);
        assertThat(line(result, "b-old")).extracting(ProposalLine::networkOre, ProposalLine::partnerOre)
                .containsExactly(87_500_000L, 262_500_000L);
        assertThat(result.findings(TargetGroupShares.PARTLY_FUNDED)).extracting(Finding::subject)
                .containsExactly("b-old", "s-old");
    }

    @Test
    void locks_at_their_limits_pass_and_a_partnership_past_four_years_is_a_finding() {
        AllocationResult result = AllocationEngine.allocate(Troms.plan2026(), input(REPORTS));

        // 3-year: s-new 250 = 25 % ≤ 30 %; 2-year: k-old 200 = exactly 20 %, allowed
        assertThat(result.findings(MultiYearLocks.EXCEEDED)).isEmpty();
        // k-old: 3 years funded before + 2 now = 5 > 4
        assertThat(result.findings(MaximumYearsPerPartnership.EXCEEDED)).extracting(Finding::subject)
                .containsExactly("k-old");
    }

    @Test
    void more_than_thirty_percent_to_three_year_projects_is_a_finding() {
        // one 3-year school report asking 400: its pot gives 350, the unused 650 of the others add 50 → 40 %
        AllocationResult result = AllocationEngine.allocate(Troms.plan2026(), input(List.of(
                new NeedsReport("long", "tromso", TargetGroup.SCHOOL, 0, 400_000_000L, 0, 3, false, 0))));

        assertThat(grant(result, "long")).isEqualTo(400_000_000L);
        assertThat(result.findings(MultiYearLocks.EXCEEDED)).singleElement()
                .satisfies(finding -> assertThat(finding.message()).contains("40 %", "above the plan's 30 %"));
        assertThat(result.unallocatedOre()).isEqualTo(600_000_000L);
    }

    @Test
    void a_coordinator_share_above_the_years_cap_is_a_finding_and_no_cap_decided_means_no_check() {
        // "co": 100 mill øre asked, 30 of it for a coordinator = 30 %; "ok": 20 of 200 = 10 %
        List<NeedsReport> reports = List.of(
                new NeedsReport("co", "tromso", TargetGroup.SCHOOL, 50_000_000L, 50_000_000L, 30_000_000L, 1, true,
                        0),
                new NeedsReport("ok", "nord-troms", TargetGroup.KINDERGARTEN, 100_000_000L, 100_000_000L,
                        20_000_000L, 1, true, 0));
        YearlyDecisions capAtTenPercent = new YearlyDecisions(Map.of("coordinator-cap", Share.percent("10")),
                Map.of());

        AllocationResult capped = AllocationEngine.allocate(Troms.plan2026(),
                new AllocationInput(FUNDS, 0, 0, PARTNERSHIPS, reports, List.of(), capAtTenPercent));
        AllocationResult uncapped = AllocationEngine.allocate(Troms.plan2026(), input(reports));

        // 30 % > 10 % is found; exactly 10 % is allowed
        assertThat(capped.findings(CoordinatorCap.ABOVE_CAP)).extracting(Finding::subject).containsExactly("co");
        assertThat(uncapped.findings(CoordinatorCap.ABOVE_CAP)).isEmpty();
    }

    @Test
    void multi_year_lines_commit_funds_of_the_following_years() {
        AllocationResult result = AllocationEngine.allocate(Troms.plan2026(), input(REPORTS));

        // s-new 250 for 3 years → next two years; k-old 200 for 2 years → next year
        assertThat(result.commitmentsForLaterYears()).containsExactly(
                Map.entry(1, 450_000_000L), Map.entry(2, 250_000_000L));
    }

    @Test
    void commitments_from_earlier_years_are_reserved_before_the_pots() {
        // 450 mill øre promised by last year's decision: pots are 35/35/30 of the 550 left
        AllocationResult result = AllocationEngine.allocate(Troms.plan2026(),
                new AllocationInput(FUNDS, 0, 450_000_000L, PARTNERSHIPS, REPORTS));

        assertThat(result.distributableOre()).isEqualTo(550_000_000L);
        assertThat(result.allocatedOre() + result.unallocatedOre()).isEqualTo(550_000_000L);
    }

    @Test
    void a_manual_adjustment_moves_funds_between_reports_with_its_reason_and_each_keeps_its_ratio() {
        // 50 mill øre from b-old (350 → 300) to s-old (200 → 250)
        AllocationResult result = AllocationEngine.allocate(Troms.plan2026(), new AllocationInput(FUNDS, 0, 0,
                PARTNERSHIPS, REPORTS, List.of(new ManualAdjustment("b-old", "s-old", 50_000_000L,
                "many unqualified staff in the Tromsø kindergartens and schools"))));

        // b-old 300 by 87.5:262.5 → 75 : 225; s-old 250 by 33 333 333 : 166 666 667 → 41 666 666 r¼ : 208 333 333 r¾
        assertThat(line(result, "b-old")).extracting(ProposalLine::networkOre, ProposalLine::partnerOre)
                .containsExactly(75_000_000L, 225_000_000L);
        assertThat(line(result, "s-old")).extracting(ProposalLine::networkOre, ProposalLine::partnerOre)
                .containsExactly(41_666_666L, 208_333_334L);
        assertThat(result.allocatedOre()).isEqualTo(FUNDS);
        assertThat(result.trace()).anySatisfy(entry -> assertThat(entry.explanation())
                .isEqualTo("500 000,00 kr from b-old: many unqualified staff in the Tromsø kindergartens and schools"));
    }

    @Test
    void the_checks_judge_the_adjusted_proposal() {
        // 100 mill øre more to the 3-year s-new: 350 of 1 000 = 35 % > 30 %
        AllocationResult result = AllocationEngine.allocate(Troms.plan2026(), new AllocationInput(FUNDS, 0, 0,
                PARTNERSHIPS, REPORTS, List.of(new ManualAdjustment("b-old", "s-new", 100_000_000L,
                "long distance to UH"))));

        assertThat(result.findings(MultiYearLocks.EXCEEDED)).extracting(Finding::subject)
                .containsExactly("3-year projects");
    }

    @Test
    void an_adjustment_can_give_unallocated_funds_but_never_more_than_there_is() {
        List<NeedsReport> one = List.of(
                new NeedsReport("long", "tromso", TargetGroup.SCHOOL, 0, 400_000_000L, 0, 1, false, 0));

        AllocationResult result = AllocationEngine.allocate(Troms.plan2026(), new AllocationInput(FUNDS, 0, 0,
                PARTNERSHIPS, one, List.of(new ManualAdjustment(null, "long", 600_000_000L, "extra county-wide"))));
        assertThat(result.unallocatedOre()).isZero();
        assertThat(grant(result, "long")).isEqualTo(1_000_000_000L);

        assertThatThrownBy(() -> AllocationEngine.allocate(Troms.plan2026(), new AllocationInput(FUNDS, 0, 0,
                PARTNERSHIPS, one, List.of(new ManualAdjustment(null, "long", 600_000_001L, "too much")))))
                .hasMessageContaining("only 6 000 000,00 kr left");
        assertThatThrownBy(() -> AllocationEngine.allocate(Troms.plan2026(), new AllocationInput(FUNDS, 0, 0,
                PARTNERSHIPS, one, List.of(new ManualAdjustment("long", null, 400_000_001L, "too much")))))
                .hasMessageContaining("which has 4 000 000,00 kr");
    }

    private static AllocationInput input(List<NeedsReport> reports) {
        return new AllocationInput(FUNDS, 0, 0, PARTNERSHIPS, reports);
    }

    private static ProposalLine line(AllocationResult result, String reportId) {
        return result.lines().stream().filter(line -> reportId.equals(line.needsReportId())).findFirst()
                .orElseThrow();
    }

    private static long grant(AllocationResult result, String reportId) {
        return line(result, reportId).amountOre();
    }
}
