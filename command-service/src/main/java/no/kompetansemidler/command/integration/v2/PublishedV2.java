package no.kompetansemidler.command.integration.v2;

import java.util.SortedMap;
import java.util.TreeMap;

import no.kompetansemidler.events.decision.GrantWithdrawn;

/**
 * Version 2 of the integration contract's {@code data}, for the types whose v1 shape could not carry a new fact; each
 * is published beside its v1 until v1 is retired (README, "Integration contract"), pinned by its JSON Schema and by
 * {@code PublishedV2Test}.
 */
public final class PublishedV2 {

    private PublishedV2() {
    }

    /**
     * {@code no.kompetansemidler.grant.withdrawn.v2}: v1 and the later tranches the withdrawal ended.
     *
     * @param endedTranchesOre later budget year (as text) → the tranche that ended; empty when none did
     */
    public record GrantWithdrawnData(String roundId, String recipientId, long amountOre, String reason,
                                     SortedMap<String, Long> endedTranchesOre) {

        public static GrantWithdrawnData of(GrantWithdrawn event) {
            SortedMap<String, Long> ended = new TreeMap<>();
            event.endedTranches().forEach((year, ore) -> ended.put(String.valueOf(year), ore));
            return new GrantWithdrawnData(event.roundId(), event.recipientId(), event.amountOre(), event.reason(),
                    ended);
        }
    }
}
