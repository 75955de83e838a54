package no.kompetansemidler.events.round;

import java.util.Map;

import no.kompetansemidler.events.Copies;

/**
 * One grant's part of a reservation: what an earlier decision promised one recipient for this budget year, the
 * tranche of grant {@code <fromRoundId>/<recipientId>} that this year's appropriation must cover.
 *
 * @param amountOre      the tranche as promised
 * @param byLineYearsOre the same by how many years the lines that promised it run (what the plans' multi-year locks
 *                       count); they sum to {@code amountOre}
 */
public record ReservedTranche(String recipientId, long amountOre, Map<Integer, Long> byLineYearsOre) {

    public ReservedTranche {
        byLineYearsOre = Copies.map(byLineYearsOre);
    }

    /** A tranche whose lines' years are not told. */
    public ReservedTranche(String recipientId, long amountOre) {
        this(recipientId, amountOre, Map.of());
    }
}
