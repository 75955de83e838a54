package no.kompetansemidler.recorded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import no.kompetansemidler.events.decision.AllocationDecided;
import no.kompetansemidler.events.proposal.AllocationLine;
import no.kompetansemidler.events.reallocation.CarriedOverFundsReceived;
import no.kompetansemidler.events.reallocation.FundsDrawn;
import no.kompetansemidler.events.reallocation.FundsSource;
import no.kompetansemidler.events.reallocation.LeftoverFundsCarriedOver;
import no.kompetansemidler.events.reallocation.LeftoverFundsReallocated;
import no.kompetansemidler.events.reporting.AccountLine;
import no.kompetansemidler.events.reporting.FundsUsed;
import no.kompetansemidler.events.reporting.GoalAssessment;
import no.kompetansemidler.events.reporting.ReportApproved;
import no.kompetansemidler.events.reporting.ReportReturned;
import no.kompetansemidler.events.reporting.ReportSubmitted;

/** Leftover funds drawn part by part: every draw sums exactly to its amount and never takes more than a part has. */
class LeftoverFundsOnFilePropertyTest {

    private static final String ROUND = "troms-2027";

    private static LeftoverFundsOnFile reported(List<Long> unspent) {
        LeftoverFundsOnFile funds = new LeftoverFundsOnFile();
        funds.apply(new AllocationDecided(ROUND, 1, null, List.of(), List.of(), Map.of(), Map.of(), 0L,
                Instant.parse("2028-06-30T21:59:59Z")));
        for (int i = 0; i < unspent.size(); i++) {
            String recipient = "network-" + (char) ('a' + i);
            funds.apply(new ReportSubmitted(ROUND, recipient, 1, List.of("Kurs"), new FundsUsed(0L, 0L, 0L),
                    unspent.get(i), List.of(new AccountLine("Kurs", 0L)), new GoalAssessment("a", "b", "c", "d",
                    "e")));
            funds.apply(new ReportApproved(ROUND, recipient, 1, null));
        }
        return funds;
    }

    @Property
    void draws_sum_exactly_to_the_amount_and_follow_the_parts_in_reference_order(
            @ForAll @Size(min = 1, max = 12) List<@LongRange(min = 0, max = 5_000_000_00L) Long> unspent,
            @ForAll @LongRange(min = 0, max = 1000) long perMille) {
        LeftoverFundsOnFile funds = reported(unspent);
        long available = funds.availableOre(FundsSource.RETURNED_FUNDS, null);
        assertThat(available).isEqualTo(unspent.stream().mapToLong(Long::longValue).sum());
        long amount = available * perMille / 1000;

        List<FundsDrawn> parts = funds.draw(FundsSource.RETURNED_FUNDS, null, amount);
        assertThat(parts.stream().mapToLong(FundsDrawn::amountOre).sum()).isEqualTo(amount);
        assertThat(parts).allSatisfy(part -> assertThat(part.amountOre()).isPositive());
        assertThat(parts).extracting(FundsDrawn::reference).isSorted();
        // every part but the last is drawn in full
        for (int i = 0; i + 1 < parts.size(); i++) {
            FundsDrawn part = parts.get(i);
            assertThat(part.amountOre()).isEqualTo(unspent.get(part.reference().charAt(8) - 'a'));
        }

        // once carried over, what is left is exactly the rest, and no more can be drawn
        funds.apply(new LeftoverFundsCarriedOver(ROUND, 1, FundsSource.RETURNED_FUNDS, null, amount, "troms-2028",
                2028, parts, "Overført"));
        assertThat(funds.availableOre(FundsSource.RETURNED_FUNDS, null)).isEqualTo(available - amount);
        assertThatThrownBy(() -> funds.draw(FundsSource.RETURNED_FUNDS, null, available - amount + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Example
    void a_returned_report_frees_nothing_until_its_correction_is_approved() {
        LeftoverFundsOnFile funds = reported(List.of(10_000L));
        funds.apply(new ReportSubmitted(ROUND, "network-b", 1, List.of("Kurs"), new FundsUsed(0L, 0L, 0L), 5_000L,
                List.of(new AccountLine("Kurs", 0L)), new GoalAssessment("a", "b", "c", "d", "e")));
        funds.apply(new ReportReturned(ROUND, "network-b", 1, List.of("Regnskap mangler")));
        assertThat(funds.availableOre(FundsSource.RETURNED_FUNDS, null)).isEqualTo(10_000L);
        // a corrected report of an approved one replaces it only once approved again
        funds.apply(new ReportSubmitted(ROUND, "network-a", 2, List.of("Kurs"), new FundsUsed(0L, 0L, 0L), 7_000L,
                List.of(new AccountLine("Kurs", 0L)), new GoalAssessment("a", "b", "c", "d", "e")));
        assertThat(funds.availableOre(FundsSource.RETURNED_FUNDS, null)).isZero();
        funds.apply(new ReportApproved(ROUND, "network-a", 2, null));
        assertThat(funds.availableOre(FundsSource.RETURNED_FUNDS, null)).isEqualTo(7_000L);
    }

    @Example
    void a_carry_over_received_after_the_decision_is_unallocated_money_named_by_its_reference() {
        LeftoverFundsOnFile funds = reported(List.of());
        funds.apply(new CarriedOverFundsReceived(ROUND, "troms-2026", 1, 40_000L, false));
        funds.apply(new CarriedOverFundsReceived(ROUND, "troms-2026", 2, 5_000L, true));
        assertThat(funds.carriedIntoFrameOre()).isEqualTo(5_000L);
        assertThat(funds.hasReceived("troms-2026", 1)).isTrue();
        assertThat(funds.draw(FundsSource.UNALLOCATED_REMAINDER, null, 30_000L)).containsExactly(
                new FundsDrawn(FundsSource.UNALLOCATED_REMAINDER, "troms-2026/carry-over-1", 30_000L));
        funds.apply(new LeftoverFundsReallocated(ROUND, 1, FundsSource.UNALLOCATED_REMAINDER, null, 30_000L,
                List.of(new AllocationLine("tromso", "NETWORK_FRAME", null, null, 1, 30_000L, 0L)), "Behov",
                null));
        // revision 1 drew from the pool in reference order: the decision's remainder (0), then the carry-over
        assertThat(funds.availableOre(FundsSource.UNALLOCATED_REMAINDER, null)).isEqualTo(10_000L);
    }
}
