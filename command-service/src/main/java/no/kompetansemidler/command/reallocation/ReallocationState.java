package no.kompetansemidler.command.reallocation;

import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import no.kompetansemidler.events.reallocation.CarriedOverFundsReceived;
import no.kompetansemidler.events.reallocation.FundsDrawn;
import no.kompetansemidler.events.reallocation.FundsSource;
import no.kompetansemidler.events.reallocation.LeftoverFundsCarriedOver;
import no.kompetansemidler.events.reallocation.LeftoverFundsReallocated;
import no.kompetansemidler.events.round.RoundEvent;

/**
 * The leftover funds' own state in a round: how many reallocations and carry-overs there were, what each has drawn
 * from each source (by report, withdrawal or carry-over received), and the carry-overs the round received. Plain
 * Java, changed only by {@link #evolve}.
 */
public final class ReallocationState {

    /** The key of a carry-over: {@code <fromRoundId>/carry-over-<number>}. */
    public static String carryOverKey(String fromRoundId, int carryOverNumber) {
        return fromRoundId + "/carry-over-" + carryOverNumber;
    }

    private int reallocations;
    private int carryOvers;
    /** Drawn so far by source, then by reference ("" where a source has none). */
    private final Map<FundsSource, SortedMap<String, Long>> drawn = new TreeMap<>();
    /** Drawn by reallocations recorded before they named their parts (revision 1), by source. */
    private final Map<FundsSource, Long> drawnAsPool = new TreeMap<>();
    /** The carry-overs received, by key, with whether they went into the frame. */
    private final SortedMap<String, CarriedOverFundsReceived> received = new TreeMap<>();

    public void evolve(RoundEvent event) {
        if (event instanceof LeftoverFundsReallocated reallocated) {
            reallocations++;
            if (reallocated.drawnFrom() != null) {
                reallocated.drawnFrom().forEach(this::draw);
            } else if (reallocated.source() == FundsSource.WITHDRAWN_GRANT) {
                draw(new FundsDrawn(reallocated.source(), reallocated.sourceReference(), reallocated.amountOre()));
            } else {
                drawnAsPool.merge(reallocated.source(), reallocated.amountOre(), Long::sum);
            }
        } else if (event instanceof LeftoverFundsCarriedOver carried) {
            carryOvers++;
            carried.drawnFrom().forEach(this::draw);
        } else if (event instanceof CarriedOverFundsReceived receipt) {
            received.put(carryOverKey(receipt.fromRoundId(), receipt.carryOverNumber()), receipt);
        }
    }

    private void draw(FundsDrawn part) {
        drawn.computeIfAbsent(part.source(), source -> new TreeMap<>())
                .merge(part.reference() == null ? "" : part.reference(), part.amountOre(), Long::sum);
    }

    public int count() {
        return reallocations;
    }

    public int carryOvers() {
        return carryOvers;
    }

    /** Whether the round has received the carry-over already. */
    public boolean hasReceived(String fromRoundId, int carryOverNumber) {
        return received.containsKey(carryOverKey(fromRoundId, carryOverNumber));
    }

    /** The carry-overs received after the decision, by key: funds of this round it has not allocated. */
    public SortedMap<String, Long> receivedAfterDecision() {
        SortedMap<String, Long> amounts = new TreeMap<>();
        received.forEach((key, receipt) -> {
            if (!receipt.intoFrame()) {
                amounts.put(key, receipt.amountOre());
            }
        });
        return amounts;
    }

    /** What has been drawn from one part of a source. */
    public long drawnFrom(FundsSource source, String reference) {
        return Optional.ofNullable(drawn.get(source)).map(parts -> parts.get(reference == null ? "" : reference))
                .orElse(0L);
    }

    /** What reallocations recorded before they named their parts drew from a source as a whole. */
    public long drawnAsPool(FundsSource source) {
        return drawnAsPool.getOrDefault(source, 0L);
    }
}
