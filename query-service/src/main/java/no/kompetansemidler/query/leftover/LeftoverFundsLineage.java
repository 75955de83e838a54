package no.kompetansemidler.query.leftover;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import no.kompetansemidler.events.decision.AllocationDecided;
import no.kompetansemidler.events.decision.GrantWithdrawn;
import no.kompetansemidler.events.reallocation.CarriedOverFundsReceived;
import no.kompetansemidler.events.reallocation.FundsDrawn;
import no.kompetansemidler.events.reallocation.FundsSource;
import no.kompetansemidler.events.reallocation.LeftoverFundsCarriedOver;
import no.kompetansemidler.events.reallocation.LeftoverFundsReallocated;
import no.kompetansemidler.events.reporting.ReportApproved;
import no.kompetansemidler.events.round.RoundEvent;
import no.kompetansemidler.query.published.LeftoverFundsAnswer;
import no.kompetansemidler.query.published.LeftoverFundsAnswer.CarriedIn;
import no.kompetansemidler.query.published.LeftoverFundsAnswer.Drawn;
import no.kompetansemidler.query.published.LeftoverFundsAnswer.EventReference;
import no.kompetansemidler.query.published.LeftoverFundsAnswer.Given;
import no.kompetansemidler.query.published.LeftoverFundsAnswer.SourcePart;
import no.kompetansemidler.recorded.LeftoverFundsOnFile;
import org.axonframework.eventhandling.DomainEventMessage;

/**
 * The lineage of a round's leftover funds, from its stored events: the amounts come from the same fold the round gives
 * them out with ({@link LeftoverFundsOnFile}); each part and each draw names the stored events that freed the money
 * (the decision, the approved report, the withdrawal, the receipt of a carry-over), and what the year before carried
 * in is followed into that round's events.
 */
final class LeftoverFundsLineage {

    private final String roundId;
    private final LeftoverFundsOnFile funds = new LeftoverFundsOnFile();
    private EventReference decision;
    private final Map<String, EventReference> approvals = new TreeMap<>();
    private final Map<String, List<EventReference>> withdrawals = new TreeMap<>();
    private final Map<String, EventReference> receipts = new TreeMap<>();
    private final List<DomainEventMessage<?>> reallocations = new ArrayList<>();
    private final List<DomainEventMessage<?>> carryOvers = new ArrayList<>();
    private final List<DomainEventMessage<?>> received = new ArrayList<>();

    private LeftoverFundsLineage(String roundId, List<? extends DomainEventMessage<?>> events) {
        this.roundId = roundId;
        for (DomainEventMessage<?> message : events) {
            if (!(message.getPayload() instanceof RoundEvent event)) {
                continue;
            }
            funds.apply(event);
            EventReference reference = referenceTo(message);
            if (event instanceof AllocationDecided) {
                decision = reference;
            } else if (event instanceof ReportApproved approved) {
                approvals.put(approved.recipientId(), reference);
            } else if (event instanceof GrantWithdrawn withdrawn && withdrawn.amountOre() > 0) {
                withdrawals.computeIfAbsent(withdrawn.recipientId(), recipient -> new ArrayList<>()).add(reference);
            } else if (event instanceof CarriedOverFundsReceived receipt) {
                receipts.put(LeftoverFundsOnFile.carryOverReference(receipt.fromRoundId(),
                        receipt.carryOverNumber()), reference);
                received.add(message);
            } else if (event instanceof LeftoverFundsReallocated) {
                reallocations.add(message);
            } else if (event instanceof LeftoverFundsCarriedOver) {
                carryOvers.add(message);
            }
        }
    }

    /**
     * @param events      the round's stored events in order
     * @param otherRounds the stored events of another round of the county, by round id (empty if it has none)
     * @return the lineage, or empty if the round has no events
     */
    static Optional<LeftoverFundsAnswer> of(String roundId, List<? extends DomainEventMessage<?>> events,
                                            Function<String, List<? extends DomainEventMessage<?>>> otherRounds) {
        if (events.isEmpty()) {
            return Optional.empty();
        }
        LeftoverFundsLineage lineage = new LeftoverFundsLineage(roundId, events);
        Map<String, LeftoverFundsLineage> others = new TreeMap<>();
        Function<String, LeftoverFundsLineage> other = id -> others.computeIfAbsent(id,
                read -> new LeftoverFundsLineage(read, otherRounds.apply(read)));
        return Optional.of(lineage.answer(other));
    }

    private LeftoverFundsAnswer answer(Function<String, LeftoverFundsLineage> other) {
        List<SourcePart> sources = new ArrayList<>();
        for (FundsSource source : FundsSource.values()) {
            funds.parts(source).forEach(part -> sources.add(new SourcePart(source, part.reference(), part.heldOre(),
                    part.drawnOre(), part.leftOre(), origins(source, part.reference()))));
        }
        List<Given> given = reallocations.stream().map(message -> {
            LeftoverFundsReallocated reallocated = (LeftoverFundsReallocated) message.getPayload();
            return new Given(reallocated.reallocationNumber(), reallocated.source(), reallocated.amountOre(),
                    reallocated.reason(), referenceTo(message), null,
                    reallocated.drawnFrom() == null ? null : drawn(reallocated.drawnFrom()), null);
        }).toList();
        List<Given> carriedOut = carryOvers.stream().map(message -> {
            LeftoverFundsCarriedOver carried = (LeftoverFundsCarriedOver) message.getPayload();
            return new Given(carried.carryOverNumber(), carried.source(), carried.amountOre(), carried.reason(),
                    referenceTo(message), carried.toRoundId(), drawn(carried.drawnFrom()),
                    other.apply(carried.toRoundId()).receipts.get(LeftoverFundsOnFile.carryOverReference(roundId,
                            carried.carryOverNumber())));
        }).toList();
        List<CarriedIn> carriedIn = received.stream().map(message -> {
            CarriedOverFundsReceived receipt = (CarriedOverFundsReceived) message.getPayload();
            LeftoverFundsLineage from = other.apply(receipt.fromRoundId());
            Optional<DomainEventMessage<?>> carried = from.carryOvers.stream().filter(candidate ->
                    ((LeftoverFundsCarriedOver) candidate.getPayload()).carryOverNumber()
                            == receipt.carryOverNumber()).findFirst();
            return new CarriedIn(receipt.fromRoundId(), receipt.carryOverNumber(), receipt.amountOre(),
                    receipt.intoFrame(), carried.map(LeftoverFundsLineage::referenceTo).orElse(null),
                    referenceTo(message), carried.map(found -> from.drawn(
                            ((LeftoverFundsCarriedOver) found.getPayload()).drawnFrom())).orElse(List.of()));
        }).toList();
        return new LeftoverFundsAnswer(roundId, decision, funds.carriedIntoFrameOre(), sources, carriedIn, given,
                carriedOut);
    }

    private List<Drawn> drawn(List<FundsDrawn> parts) {
        return parts.stream().map(part -> new Drawn(part.source(), part.reference(), part.amountOre(),
                origins(part.source(), part.reference()))).toList();
    }

    /** The stored events that freed the money of one part of a source. */
    private List<EventReference> origins(FundsSource source, String reference) {
        List<EventReference> origins = new ArrayList<>();
        switch (source) {
            case UNALLOCATED_REMAINDER -> {
                EventReference origin = reference == null ? decision : receipts.get(reference);
                if (origin != null) {
                    origins.add(origin);
                }
            }
            case RETURNED_FUNDS -> Optional.ofNullable(approvals.get(reference)).ifPresent(origins::add);
            case WITHDRAWN_GRANT -> origins.addAll(withdrawals.getOrDefault(reference, List.of()));
        }
        return origins;
    }

    private static EventReference referenceTo(DomainEventMessage<?> message) {
        return new EventReference(message.getAggregateIdentifier(), message.getSequenceNumber(),
                message.getPayloadType().getSimpleName(), message.getIdentifier());
    }
}
