package no.kompetansemidler.query.published;

import java.util.List;

import no.kompetansemidler.events.reallocation.FundsSource;

/** Leftover funds given out again after the decision, as the query API answers it. */
public record ReallocationAnswer(String roundId, int reallocationNumber, FundsSource source, String sourceReference,
                                 long amountOre, List<AllocationLineAnswer> lines, String reason) {
}
