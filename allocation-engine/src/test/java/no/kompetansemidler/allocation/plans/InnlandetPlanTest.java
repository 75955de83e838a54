package no.kompetansemidler.allocation.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import no.kompetansemidler.allocation.AllocationEngine;
import no.kompetansemidler.allocation.input.AllocationInput;
import no.kompetansemidler.allocation.input.KeyFigure;
import no.kompetansemidler.allocation.input.NeedsReport;
import no.kompetansemidler.allocation.input.Network;
import no.kompetansemidler.allocation.input.TargetGroup;
import no.kompetansemidler.allocation.result.AllocationResult;
import no.kompetansemidler.allocation.result.Finding;
import no.kompetansemidler.allocation.result.ProposalLine;
import no.kompetansemidler.allocation.result.Purpose;
import no.kompetansemidler.allocation.rules.GuidingTargetGroupSplit;
import org.junit.jupiter.api.Test;

/**
 * Innlandet's chapter 3.8.1 worked by hand on a frame of 28 734 500,00 kr = 2 873 450 000 øre and three networks
 * with 5000, 2000 and 1000 full-time equivalents (key 5/8, 2/8, 1/8).
 */
class InnlandetPlanTest {

    private static final long FRAME = 2_873_450_000L;
    private static final List<Network> NETWORKS = List.of(
            network("hamar", 5000_00), network("valdres", 2000_00), network("privatskolene", 1000_00));

    /** 2 700 mill øre asked of the 2 528.636 mill øre keyed out: hamar needs less than its share, the others more. */
    private static final List<NeedsReport> OVERSUBSCRIBED = List.of(
            report("hamar-1", "hamar", TargetGroup.KINDERGARTEN, 600_000_000L, 400_000_000L),
            report("valdres-bhg", "valdres", TargetGroup.KINDERGARTEN, 200_000_000L, 500_000_000L),
            report("valdres-skole", "valdres", TargetGroup.SCHOOL, 100_000_000L, 400_000_000L),
            report("privat-1", "privatskolene", TargetGroup.SCHOOL, 0L, 500_000_000L));

    @Test
    void sets_aside_ten_percent_for_common_measures_and_two_percent_for_equalisation_in_four_equal_parts() {
        AllocationResult result = AllocationEngine.allocate(Innlandet.plan2026(), input(List.of()));

        // 10 % of 2 873 450 000 = 287 345 000, to INN
        assertThat(line(result, "inn", Purpose.COMMON_MEASURES).amountOre()).isEqualTo(287_345_000L);
        // 2 % of 2 873 450 000 = 57 469 000; / 4 regions = 14 367 250 each, no øre left over
        for (String region : Innlandet.EQUALISATION_REGIONS) {
            assertThat(line(result, region, Purpose.EQUALISATION).amountOre()).isEqualTo(14_367_250L);
        }
    }

    @Test
    void without_needs_reports_the_key_shares_stay_unallocated_and_every_network_is_asked_for_nothing() {
        AllocationResult result = AllocationEngine.allocate(Innlandet.plan2026(), input(List.of()));

        // 88 % = 2 528 636 000 keyed out, then released again: nobody reported a need
        assertThat(result.unallocatedOre()).isEqualTo(2_528_636_000L);
        assertThat(result.findings(Finding.ADJUSTMENT_REQUIRED)).isEmpty();
    }

    @Test
    void oversubscribed_networks_share_the_leftover_by_the_key_and_the_one_still_short_must_adjust() {
        // 88 % of 2 873 450 000 = 2 528 636 000 by FTE:
        //   hamar 5/8 = 1 580 397 500, valdres 2/8 = 632 159 000, privatskolene 1/8 = 316 079 500
        // hamar needs only 1 000 000 000: 580 397 500 go back to the pool.
        // Round 1, by FTE among valdres (2) and privatskolene (1):
        //   valdres 580 397 500 × 2/3 = 386 931 666 r2, privatskolene × 1/3 = 193 465 833 r1; the odd øre goes to
        //   the larger remainder: valdres 386 931 667. privatskolene needs only 183 920 500 more (500 000 000 −
        //   316 079 500), so 9 545 333 stay in the pool.
        // Round 2, only valdres short: it gets the 9 545 333.
        // valdres: 632 159 000 + 386 931 667 + 9 545 333 = 1 028 636 000 of 1 200 000 000 needed: 171 364 000 short.
        AllocationResult result = AllocationEngine.allocate(Innlandet.plan2026(), input(OVERSUBSCRIBED));

        assertThat(result.allocatedTo("hamar")).isEqualTo(1_000_000_000L);
        assertThat(result.allocatedTo("valdres") - 14_367_250L).isEqualTo(1_028_636_000L);
        assertThat(result.allocatedTo("privatskolene")).isEqualTo(500_000_000L);
        assertThat(result.unallocatedOre()).isZero();
        assertThat(result.findings(Finding.ADJUSTMENT_REQUIRED)).extracting(Finding::subject)
                .containsExactly("valdres");
        assertThat(result.findings(Finding.ADJUSTMENT_REQUIRED).get(0).message()).contains("1 713 640,00 kr");
    }

    @Test
    void the_network_gets_at_most_forty_percent_and_the_university_partner_the_rest() {
        AllocationResult result = AllocationEngine.allocate(Innlandet.plan2026(), input(OVERSUBSCRIBED));

        // hamar asked 60 % for the network; capped at 40 % of 1 000 000 000
        assertThat(report(result, "hamar-1")).isEqualTo(new ProposalLine("hamar", Purpose.NEEDS_REPORT, "hamar-1",
                TargetGroup.KINDERGARTEN, 1, 400_000_000L, 600_000_000L));
        // valdres' 1 028 636 000 by amount requested 7:5 → 600 037 666 r8 and 428 598 333 r4 → +1 øre to the first.
        // Within each, network:partner as asked (2:5 and 1:4), the odd øre to the larger remainder:
        //   600 037 667 → 171 439 333 r3 : 428 598 333 r4 → partner +1 = 428 598 334
        //   428 598 333 →  85 719 666 r3 : 342 878 666 r2 → network +1 =  85 719 667
        // network total 257 159 000 ≤ 40 % of 1 028 636 000 = 411 454 400: no cap needed.
        assertThat(report(result, "valdres-bhg")).extracting(ProposalLine::networkOre, ProposalLine::partnerOre)
                .containsExactly(171_439_333L, 428_598_334L);
        assertThat(report(result, "valdres-skole")).extracting(ProposalLine::networkOre, ProposalLine::partnerOre)
                .containsExactly(85_719_667L, 342_878_666L);
        // 100 % to the university partner is allowed
        assertThat(report(result, "privat-1")).extracting(ProposalLine::networkOre, ProposalLine::partnerOre)
                .containsExactly(0L, 500_000_000L);
        // kindergarten 1 600 037 667 and school 928 598 333 of 2 528 636 000 (63.27 % / 36.72 %): guideline met
        assertThat(result.findings(GuidingTargetGroupSplit.NOT_MET)).isEmpty();
    }

    @Test
    void a_school_share_under_thirty_five_percent_is_a_finding_for_the_forum() {
        // only kindergarten reports are funded: school-based measures get 0 %
        AllocationResult result = AllocationEngine.allocate(Innlandet.plan2026(), input(List.of(
                report("hamar-1", "hamar", TargetGroup.KINDERGARTEN, 100_000_000L, 400_000_000L))));

        assertThat(result.findings(GuidingTargetGroupSplit.NOT_MET)).extracting(Finding::subject)
                .containsExactly("SCHOOL");
        assertThat(result.findings(GuidingTargetGroupSplit.NOT_MET).get(0).message())
                .contains("(0 %)", "at least 35 %");
    }

    @Test
    void the_explanation_names_the_rule_and_the_numbers_behind_each_amount() {
        AllocationResult result = AllocationEngine.allocate(Innlandet.plan2026(), input(List.of()));

        assertThat(result.trace()).anySatisfy(entry -> {
            assertThat(entry.rule()).isEqualTo("equalisation");
            assertThat(entry.subject()).isEqualTo("valdres");
            assertThat(entry.amountOre()).isEqualTo(14_367_250L);
            assertThat(entry.explanation()).isEqualTo(
                    "2 % of 28 734 500,00 kr = 574 690,00 kr, split equally among 4 → 143 672,50 kr");
        });
        assertThat(result.plan()).isEqualTo("Innlandet/2026-01-15");
    }

    @Test
    void the_same_inputs_in_another_order_give_the_same_result_and_fingerprint() {
        List<NeedsReport> reports = List.of(
                report("hamar-1", "hamar", TargetGroup.KINDERGARTEN, 600_000_000L, 400_000_000L),
                report("valdres-bhg", "valdres", TargetGroup.KINDERGARTEN, 200_000_000L, 500_000_000L),
                report("privat-1", "privatskolene", TargetGroup.SCHOOL, 0L, 500_000_000L));
        AllocationResult forwards = AllocationEngine.allocate(Innlandet.plan2026(), input(reports));
        AllocationResult backwards = AllocationEngine.allocate(Innlandet.plan2026(), new AllocationInput(FRAME, 0, 0,
                reversed(NETWORKS), reversed(reports)));

        assertThat(backwards).isEqualTo(forwards);
        assertThat(AllocationEngine.allocate(Innlandet.plan2026(), new AllocationInput(FRAME + 1, 0, 0, NETWORKS,
                reports)).inputFingerprint()).isNotEqualTo(forwards.inputFingerprint());
    }

    @Test
    void the_plan_governs_its_four_budget_years() {
        assertThat(Innlandet.plan2026().governs(2026)).isTrue();
        assertThat(Innlandet.plan2026().governs(2029)).isTrue();
        assertThat(Innlandet.plan2026().governs(2030)).isFalse();
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new java.util.ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private static AllocationInput input(List<NeedsReport> reports) {
        return new AllocationInput(FRAME, 0, 0, NETWORKS, reports);
    }

    private static Network network(String id, long fteHundredths) {
        return new Network(id, Map.of(KeyFigure.FULL_TIME_EQUIVALENTS, fteHundredths));
    }

    private static NeedsReport report(String id, String network, TargetGroup group, long networkOre,
                                      long partnerOre) {
        return new NeedsReport(id, network, group, networkOre, partnerOre, 0, 1, true, 0);
    }

    private static ProposalLine line(AllocationResult result, String recipient, Purpose purpose) {
        return result.lines().stream()
                .filter(line -> line.recipientId().equals(recipient) && line.purpose() == purpose)
                .findFirst().orElseThrow();
    }

    private static ProposalLine report(AllocationResult result, String reportId) {
        return result.lines().stream().filter(line -> reportId.equals(line.needsReportId())).findFirst()
                .orElseThrow();
    }
}
