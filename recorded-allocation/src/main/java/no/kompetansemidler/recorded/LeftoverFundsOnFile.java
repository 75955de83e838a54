package no.kompetansemidler.recorded;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import no.kompetansemidler.events.decision.AllocationDecided;
import no.kompetansemidler.events.decision.GrantWithdrawn;
import no.kompetansemidler.events.reallocation.CarriedOverFundsReceived;
import no.kompetansemidler.events.reallocation.FundsDrawn;
import no.kompetansemidler.events.reallocation.FundsSource;
import no.kompetansemidler.events.reallocation.LeftoverFundsCarriedOver;
import no.kompetansemidler.events.reallocation.LeftoverFundsReallocated;
import no.kompetansemidler.events.reporting.ReportApproved;
import no.kompetansemidler.events.reporting.ReportSubmitted;
import no.kompetansemidler.events.round.RoundEvent;

/**
 * A round's leftover funds ("restmidler") as its events leave them, part by part: the decision's unallocated remainder
 * and each carry-over received after the decision, each approved report's unspent funds, what was withdrawn from each
 * recipient; what reallocations and carry-overs drew from each part; what the year before carried in. Anything given
 * out draws from a source's parts in the order of their references, so the same history always names the same parts
 * for the same krone. The one fold of these facts: the round aggregate gives out funds with it and the query side
 * shows their lineage with it.
 */
public final class LeftoverFundsOnFile {

    /** The reference of a carry-over: {@code <fromRoundId>/carry-over-<number>}. */
    public static String carryOverReference(String fromRoundId, int carryOverNumber) {
        return fromRoundId + "/carry-over-" + carryOverNumber;
    }

    /**
     * One part of a source.
     *
     * @param reference the recipient for unspent or withdrawn funds, a carry-over's reference for one received after
     *                  the decision, {@code null} for the decision's remainder
     */
    public record Part(FundsSource source, String reference, long heldOre, long drawnOre) {

        public long leftOre() {
            return heldOre - drawnOre;
        }
    }

    private static final String NO_REFERENCE = "";

    private long unallocatedOre;
    /** The latest report's unspent funds by recipient, and whether it is approved. */
    private final Map<String, Long> reportedUnspentOre = new TreeMap<>();
    private final Map<String, Long> approvedUnspentOre = new TreeMap<>();
    private final Map<String, Long> withdrawnOre = new TreeMap<>();
    private final SortedMap<String, CarriedOverFundsReceived> received = new TreeMap<>();
    private final Map<FundsSource, SortedMap<String, Long>> drawn = new TreeMap<>();
    /** Drawn by reallocations recorded before they named their parts (revision 1), by source. */
    private final Map<FundsSource, Long> drawnAsPool = new TreeMap<>();
    private int reallocations;
    private int carryOvers;

    public void apply(RoundEvent event) {
        if (event instanceof AllocationDecided decided) {
            unallocatedOre = decided.unallocatedOre();
        } else if (event instanceof ReportSubmitted submitted) {
            reportedUnspentOre.put(submitted.recipientId(), submitted.unspentOre());
            approvedUnspentOre.remove(submitted.recipientId());
        } else if (event instanceof ReportApproved approved) {
            approvedUnspentOre.put(approved.recipientId(),
                    reportedUnspentOre.getOrDefault(approved.recipientId(), 0L));
        } else if (event instanceof GrantWithdrawn withdrawn) {
            withdrawnOre.merge(withdrawn.recipientId(), withdrawn.amountOre(), Long::sum);
        } else if (event instanceof CarriedOverFundsReceived receipt) {
            received.put(carryOverReference(receipt.fromRoundId(), receipt.carryOverNumber()), receipt);
        } else if (event instanceof LeftoverFundsReallocated reallocated) {
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
        }
    }

    private void draw(FundsDrawn part) {
        drawn.computeIfAbsent(part.source(), source -> new TreeMap<>())
                .merge(part.reference() == null ? NO_REFERENCE : part.reference(), part.amountOre(), Long::sum);
    }

    public int reallocations() {
        return reallocations;
    }

    public int carryOvers() {
        return carryOvers;
    }

    /** Whether the round has received the carry-over already. */
    public boolean hasReceived(String fromRoundId, int carryOverNumber) {
        return received.containsKey(carryOverReference(fromRoundId, carryOverNumber));
    }

    /** Of the frame, what the year before carried in before the decision. */
    public long carriedIntoFrameOre() {
        return received.values().stream().filter(CarriedOverFundsReceived::intoFrame)
                .mapToLong(CarriedOverFundsReceived::amountOre).sum();
    }

    /**
     * The parts of a source in reference order, with what each held and what has been drawn from it; reallocations
     * recorded before they named their parts drew from the parts in this same order.
     */
    public List<Part> parts(FundsSource source) {
        Map<String, Long> held = new TreeMap<>();
        switch (source) {
            case UNALLOCATED_REMAINDER -> {
                held.put(NO_REFERENCE, unallocatedOre);
                received.forEach((reference, receipt) -> {
                    if (!receipt.intoFrame()) {
                        held.put(reference, receipt.amountOre());
                    }
                });
            }
            case RETURNED_FUNDS -> approvedUnspentOre.forEach((recipient, unspent) -> {
                if (unspent > 0) {
                    held.put(recipient, unspent);
                }
            });
            case WITHDRAWN_GRANT -> withdrawnOre.forEach((recipient, amount) -> {
                if (amount > 0) {
                    held.put(recipient, amount);
                }
            });
        }
        long pooled = drawnAsPool.getOrDefault(source, 0L);
        List<Part> parts = new ArrayList<>();
        for (Map.Entry<String, Long> part : held.entrySet()) {
            long drawnByName = Optional.ofNullable(drawn.get(source)).map(by -> by.get(part.getKey())).orElse(0L);
            long fromPool = Math.min(pooled, Math.max(0, part.getValue() - drawnByName));
            pooled -= fromPool;
            parts.add(new Part(source, part.getKey().equals(NO_REFERENCE) ? null : part.getKey(), part.getValue(),
                    drawnByName + fromPool));
        }
        return parts;
    }

    /**
     * What a source still has to give.
     *
     * @param reference for a withdrawn grant the recipient; the other sources pool all their parts
     */
    public long availableOre(FundsSource source, String reference) {
        return giving(source, reference).stream().mapToLong(Part::leftOre).sum();
    }

    /**
     * The parts an amount no greater than {@link #availableOre} is drawn from, in reference order.
     *
     * @throws IllegalArgumentException if the amount is more than is left
     */
    public List<FundsDrawn> draw(FundsSource source, String reference, long amountOre) {
        List<FundsDrawn> parts = new ArrayList<>();
        long wanted = amountOre;
        for (Part part : giving(source, reference)) {
            long taken = Math.min(wanted, part.leftOre());
            if (taken > 0) {
                parts.add(new FundsDrawn(source, part.reference(), taken));
                wanted -= taken;
            }
        }
        if (wanted != 0) {
            throw new IllegalArgumentException(amountOre + " øre is more than the "
                    + availableOre(source, reference) + " øre left");
        }
        return parts;
    }

    private List<Part> giving(FundsSource source, String reference) {
        return parts(source).stream()
                .filter(part -> source != FundsSource.WITHDRAWN_GRANT || part.reference().equals(reference))
                .toList();
    }
}
