package no.kompetansemidler.command.scenario;

import java.util.Optional;

import no.kompetansemidler.command.kernel.County;
import no.kompetansemidler.command.plan.CountyPlans;
import no.kompetansemidler.events.round.RoundEvent;
import no.kompetansemidler.recorded.NeedsReportsOnFile;
import no.kompetansemidler.recorded.ProposalsOnFile;
import no.kompetansemidler.recorded.RoundTerms;
import no.kompetansemidler.recorded.plan.PlanAdoptions;
import no.kompetansemidler.recorded.plan.PlanDocuments;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/** Reads a scenario's basis from the event store with the same folds the round and the verifier use. */
@Component
class EventStoreRoundBasis implements RoundBasis {

    private final EventStore eventStore;

    EventStoreRoundBasis(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public Optional<Recorded> round(String roundId) {
        RoundTerms terms = new RoundTerms();
        NeedsReportsOnFile needs = new NeedsReportsOnFile();
        ProposalsOnFile proposals = new ProposalsOnFile();
        eventStore.readEvents(roundId).asStream().map(EventMessage::getPayload)
                .filter(RoundEvent.class::isInstance).map(RoundEvent.class::cast).forEach(event -> {
                    terms.apply(event);
                    needs.apply(event);
                    proposals.apply(event, terms, needs);
                });
        if (terms.roundId() == null) {
            return Optional.empty();
        }
        return Optional.of(new Recorded(terms.county(), terms.planVersion().orElse(null),
                terms.planDocument().orElse(null),
                proposals.latest().flatMap(latest -> proposals.number(latest.proposalNumber())).orElse(null)));
    }

    @Override
    public Optional<String> document(String county, String version) {
        Optional<County> known = County.find(county);
        if (known.isEmpty()) {
            return Optional.empty();
        }
        return eventStore.readEvents(CountyPlans.idOf(known.get())).asStream()
                .flatMap(event -> PlanAdoptions.of(event.getPayload()).stream())
                .filter(adoption -> adoption.version().equals(version)).findFirst()
                .map(adoption -> Optional.ofNullable(adoption.document()))
                .orElseGet(() -> PlanDocuments.shipped(county, version));
    }
}
