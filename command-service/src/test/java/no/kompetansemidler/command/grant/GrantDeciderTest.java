package no.kompetansemidler.command.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import no.kompetansemidler.events.grant.GrantEstablished;
import no.kompetansemidler.events.grant.GrantEvent;
import no.kompetansemidler.events.grant.Tranche;
import no.kompetansemidler.events.grant.TrancheReduced;
import no.kompetansemidler.events.grant.TrancheWithdrawn;
import no.kompetansemidler.events.grant.TranchesEnded;
import no.kompetansemidler.events.needs.TargetGroup;
import no.kompetansemidler.events.proposal.AllocationLine;
import org.junit.jupiter.api.Test;

/** A grant's beginning as plain Java: given its events, when a letter is awarded, then events. */
class GrantDeciderTest {

    private static final AllocationLine TWO_YEARS =
            new AllocationLine("bergen", "NEEDS_REPORT", "bergen-1", TargetGroup.SCHOOL, 2, 300_000L, 200_000L);
    private static final AllocationLine ONE_YEAR =
            new AllocationLine("bergen", "NEEDS_REPORT", "bergen-2", TargetGroup.KINDERGARTEN, 1, 70_000L, 30_001L);
    private static final AwardGrant LETTER = new AwardGrant("vestland-2027/bergen", "vestland-2027", "Vestland",
            "bergen", 2027, List.of(TWO_YEARS, ONE_YEAR), List.of("Rapport innen 1. juni 2028"));

    @Test
    void a_letter_becomes_a_grant_whose_tranches_follow_the_years_each_line_runs() {
        List<GrantEvent> events = GrantDecider.award(new GrantState(), LETTER);

        assertThat(events).containsExactly(new GrantEstablished("vestland-2027/bergen", "vestland-2027", "Vestland",
                "bergen", 2027, List.of(new Tranche(2027, 600_001L), new Tranche(2028, 500_000L)),
                List.of(TWO_YEARS, ONE_YEAR), List.of("Rapport innen 1. juni 2028")));
        assertThat(((GrantEstablished) events.get(0)).totalOre()).isEqualTo(2 * 500_000L + 100_001L);
    }

    @Test
    void a_letter_seen_again_changes_nothing() {
        GrantState awarded = new GrantState();
        GrantDecider.award(awarded, LETTER).forEach(awarded::evolve);

        assertThat(GrantDecider.award(awarded, LETTER)).isEmpty();
        assertThat(awarded.tranches()).extracting(Tranche::budgetYear).containsExactly(2027, 2028);
    }

    @Test
    void a_tranche_reduced_by_its_years_round_is_recorded_once_and_never_below_nothing() {
        GrantState awarded = new GrantState();
        GrantDecider.award(awarded, LETTER).forEach(awarded::evolve);
        ReduceTranche cut = new ReduceTranche("vestland-2027/bergen", 2028, "vestland-2028", 500_000L, 50_000L,
                "Bevilgningen dekker ikke tilsagnene", "vestland-2028/reduction-1/vestland-2027/bergen");

        List<GrantEvent> events = GrantDecider.reduceTranche(awarded, cut);
        assertThat(events).containsExactly(new TrancheReduced("vestland-2027/bergen", "vestland-2027", 2028,
                "vestland-2028", 500_000L, 50_000L, "Bevilgningen dekker ikke tilsagnene",
                "vestland-2028/reduction-1/vestland-2027/bergen"));
        events.forEach(awarded::evolve);
        assertThat(awarded.tranches()).containsExactly(new Tranche(2027, 600_001L), new Tranche(2028, 450_000L));
        assertThat(GrantDecider.reduceTranche(awarded, cut)).isEmpty();

        assertThatThrownBy(() -> GrantDecider.reduceTranche(awarded, new ReduceTranche("vestland-2027/bergen", 2029,
                "vestland-2029", 1L, 1L, "x", "vestland-2029/reduction-1/vestland-2027/bergen")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no tranche for 2029");
        assertThatThrownBy(() -> GrantDecider.reduceTranche(awarded, new ReduceTranche("vestland-2027/bergen", 2028,
                "vestland-2028", 450_000L, 450_001L, "x", "vestland-2028/reduction-2/vestland-2027/bergen")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("cannot lose");
        assertThatThrownBy(() -> GrantDecider.reduceTranche(new GrantState(), cut))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("never awarded");
    }

    @Test
    void a_withdrawal_ends_the_later_tranches_once_and_only_as_the_grant_holds_them() {
        GrantState awarded = new GrantState();
        GrantDecider.award(awarded, LETTER).forEach(awarded::evolve);
        EndTranches end = new EndTranches("vestland-2027/bergen", Map.of(2028, 500_000L), "Oppløst");

        List<GrantEvent> events = GrantDecider.endTranches(awarded, end);
        assertThat(events).containsExactly(new TranchesEnded("vestland-2027/bergen", "vestland-2027",
                Map.of(2028, 500_000L), "Oppløst"));
        events.forEach(awarded::evolve);
        assertThat(awarded.tranches()).containsExactly(new Tranche(2027, 600_001L), new Tranche(2028, 0L));
        assertThat(GrantDecider.endTranches(awarded, end)).isEmpty();
        assertThatThrownBy(() -> GrantDecider.endTranches(awarded, new EndTranches("vestland-2027/bergen",
                Map.of(2030, 1L), "x"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_years_withdrawal_shrinks_the_tranche_once_and_never_below_nothing() {
        GrantState awarded = new GrantState();
        GrantDecider.award(awarded, LETTER).forEach(awarded::evolve);
        WithdrawFromTranche withdrawal = new WithdrawFromTranche("vestland-2027/bergen", 2027, 1_000_000L,
                "Ikke gjennomført", "w-1");

        // the 2027 tranche holds 600 001: that is all it can give up
        List<GrantEvent> events = GrantDecider.withdrawFromTranche(awarded, withdrawal);
        assertThat(events).containsExactly(new TrancheWithdrawn("vestland-2027/bergen", "vestland-2027", 2027,
                600_001L, "Ikke gjennomført", "w-1"));
        events.forEach(awarded::evolve);
        assertThat(awarded.tranches()).containsExactly(new Tranche(2027, 0L), new Tranche(2028, 500_000L));
        assertThat(GrantDecider.withdrawFromTranche(awarded, withdrawal)).isEmpty();
        assertThat(GrantDecider.withdrawFromTranche(awarded, new WithdrawFromTranche("vestland-2027/bergen", 2027,
                1L, "Mer", "w-2"))).isEmpty();
    }
}
