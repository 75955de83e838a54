package no.kompetansemidler.command.grant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import no.kompetansemidler.events.decision.GrantLetterIssued;
import no.kompetansemidler.events.decision.GrantWithdrawn;
import no.kompetansemidler.events.decision.TrancheLetterIssued;
import no.kompetansemidler.events.proposal.AllocationLine;
import no.kompetansemidler.events.round.RoundEvent;
import org.junit.jupiter.api.Test;

/** Which grants a withdrawal takes from when a recipient holds several grants' money in one round. */
class WithdrawalPartsTest {

    private static final String ROUND = "troms-2027";
    private static final AllocationLine LINE = new AllocationLine("tromso", "NETWORK_FRAME", null, null, 1, 1L, 0L);

    private static final List<RoundEvent> HOLDINGS = List.of(
            new GrantLetterIssued(ROUND, "tromso", ROUND + "/tromso", 200_000L, List.of(LINE), List.of()),
            new TrancheLetterIssued(ROUND, "troms-2026", "tromso", 1_000_000L, ROUND + "/tromso/tranche/troms-2026"),
            new TrancheLetterIssued(ROUND, "troms-2025", "tromso", 300_000L, ROUND + "/tromso/tranche/troms-2025"),
            new GrantLetterIssued(ROUND, "tromso", ROUND + "/tromso/reallocation-2", 50_000L, List.of(LINE),
                    List.of()),
            new GrantLetterIssued(ROUND, "senja", ROUND + "/senja", 400_000L, List.of(LINE), List.of()));

    @Test
    void the_years_own_grant_gives_first_then_reallocated_funds_then_earlier_grants_tranches_by_grant() {
        GrantWithdrawn withdrawal = new GrantWithdrawn(ROUND, "tromso", 600_000L, "Tiltak avlyst", Map.of());
        assertThat(WithdrawalParts.of(HOLDINGS, withdrawal)).containsExactly(
                Map.entry(ROUND + "/tromso", 200_000L),
                Map.entry(ROUND + "/tromso/reallocation-2", 50_000L),
                Map.entry("troms-2025/tromso", 300_000L),
                Map.entry("troms-2026/tromso", 50_000L));
    }

    @Test
    void an_earlier_withdrawal_has_taken_its_part_already() {
        List<RoundEvent> before = new ArrayList<>(HOLDINGS);
        before.add(new GrantWithdrawn(ROUND, "tromso", 230_000L, "Først", Map.of()));
        before.add(new GrantWithdrawn(ROUND, "senja", 400_000L, "Senja", Map.of()));
        GrantWithdrawn withdrawal = new GrantWithdrawn(ROUND, "tromso", 1_000_000L, "Så", Map.of());
        assertThat(WithdrawalParts.of(before, withdrawal)).containsExactly(
                Map.entry(ROUND + "/tromso/reallocation-2", 20_000L),
                Map.entry("troms-2025/tromso", 300_000L),
                Map.entry("troms-2026/tromso", 680_000L));
    }

    @Test
    void a_withdrawal_before_a_reallocation_took_nothing_of_it() {
        // own 100 and tranche 50; 120 withdrawn (own 100, tranche 20); then a reallocation gives 40
        List<RoundEvent> before = List.of(
                new GrantLetterIssued(ROUND, "senja", ROUND + "/senja", 100L, List.of(LINE), List.of()),
                new TrancheLetterIssued(ROUND, "troms-2026", "senja", 50L, ROUND + "/senja/tranche/troms-2026"),
                new GrantWithdrawn(ROUND, "senja", 120L, "Først", Map.of()),
                new GrantLetterIssued(ROUND, "senja", ROUND + "/senja/reallocation-1", 40L, List.of(LINE),
                        List.of()));
        assertThat(WithdrawalParts.of(before, new GrantWithdrawn(ROUND, "senja", 70L, "Så", Map.of())))
                .containsExactly(Map.entry(ROUND + "/senja/reallocation-1", 40L),
                        Map.entry("troms-2026/senja", 30L));
    }

    @Test
    void a_recipient_holding_only_an_earlier_grants_tranche_has_it_taken_from_that_grant() {
        List<RoundEvent> before = List.of(new TrancheLetterIssued(ROUND, "troms-2026", "nord-troms", 500_000L,
                ROUND + "/nord-troms/tranche/troms-2026"));
        assertThat(WithdrawalParts.of(before, new GrantWithdrawn(ROUND, "nord-troms", 100_000L, "Kutt", Map.of())))
                .containsExactly(Map.entry("troms-2026/nord-troms", 100_000L));
    }
}
