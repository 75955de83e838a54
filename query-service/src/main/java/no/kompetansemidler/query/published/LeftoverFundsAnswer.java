package no.kompetansemidler.query.published;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import no.kompetansemidler.events.reallocation.FundsSource;

/**
 * The leftover funds ("restmidler") of a round with their lineage, as the query API answers it: what each source held
 * part by part (the decision's remainder, each approved report's unspent funds, each withdrawal, each carry-over
 * received after the decision), what reallocations and carry-overs drew from each part, and what the year before
 * carried in, back to the reports and decision it came from. Every amount names the events it came from.
 *
 * @param carriedIntoFrameOre of the frame, what the year before carried in before the decision
 */
public record LeftoverFundsAnswer(String roundId, EventReference decision, long carriedIntoFrameOre,
                                  List<SourcePart> sources, List<CarriedIn> carriedIn, List<Given> reallocations,
                                  List<Given> carriedOut) {

    /**
     * One stored event: its round (aggregate), its sequence number there, its type and its id in the event store.
     */
    public record EventReference(String roundId, long sequenceNumber, String type, String eventId) {
    }

    /**
     * One part of a source: what it held, what was drawn from it, what is left.
     *
     * @param reference the recipient for unspent or withdrawn funds, {@code <round>/carry-over-<n>} for a carry-over
     *                  received after the decision, {@code null} for the decision's remainder
     * @param origins   the events that freed the money: the approved report, the withdrawals, the decision or the
     *                  receipt
     */
    public record SourcePart(FundsSource source, String reference, long heldOre, long drawnOre, long leftOre,
                             List<EventReference> origins) {
    }

    /** The part of an amount drawn from one part of a source, with the events that freed it. */
    public record Drawn(FundsSource source, String reference, long amountOre, List<EventReference> origins) {
    }

    /**
     * A reallocation or a carry-over out of the round.
     *
     * @param number    the reallocation's or carry-over's number in the round
     * @param toRoundId for a carry-over, the round it goes to
     * @param drawnFrom the parts it drew; {@code null} for a reallocation recorded before they were named, which drew
     *                  from its source as one pool
     * @param receivedBy for a carry-over, the next round's receipt; {@code null} while not received
     */
    public record Given(int number, FundsSource source, long amountOre, String reason, EventReference event,
                        @JsonInclude(JsonInclude.Include.NON_NULL) String toRoundId,
                        @JsonInclude(JsonInclude.Include.NON_NULL) List<Drawn> drawnFrom,
                        @JsonInclude(JsonInclude.Include.NON_NULL) EventReference receivedBy) {
    }

    /**
     * What the year before carried into the round.
     *
     * @param intoFrame {@code true} when received before the decision (part of the frame), else unallocated funds
     * @param drawnFrom the parts of the earlier round it was drawn from, each with the events that freed it there
     */
    public record CarriedIn(String fromRoundId, int carryOverNumber, long amountOre, boolean intoFrame,
                            EventReference carriedOver, EventReference received, List<Drawn> drawnFrom) {
    }
}
