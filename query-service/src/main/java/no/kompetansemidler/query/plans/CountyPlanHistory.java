package no.kompetansemidler.query.plans;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import no.kompetansemidler.recorded.plan.PlanAdoptions;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * A county's plan versions as its plan events record them, read from the event store in adoption order: the
 * record itself, so nothing to project. A version recorded before plans were documents is shown with the document
 * the system ships for it (its rules are the same).
 */
@Component
class CountyPlanHistory {

    /** One adopted version, with its document as adopted. */
    record AdoptedVersion(String version, String revises, Instant recordedAt, String document) {
    }

    private final EventStore eventStore;

    CountyPlanHistory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** @param countySlug e.g. {@code innlandet} */
    List<AdoptedVersion> versions(String countySlug) {
        List<AdoptedVersion> versions = new ArrayList<>();
        eventStore.readEvents("plans-" + countySlug).asStream().forEach(event -> adopted(event)
                .ifPresent(versions::add));
        return versions;
    }

    Optional<AdoptedVersion> version(String countySlug, String version) {
        return versions(countySlug).stream().filter(adopted -> adopted.version().equals(version)).findFirst();
    }

    private static Optional<AdoptedVersion> adopted(DomainEventMessage<?> event) {
        return PlanAdoptions.of(event.getPayload()).map(adoption -> new AdoptedVersion(adoption.version(),
                adoption.revises(), event.getTimestamp(), adoption.document()));
    }
}
