package no.kompetansemidler.query.register;

import java.time.Instant;

import no.kompetansemidler.recorded.register.RecipientRegisterOnFile;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * A county's register as it stood at a moment, folded from its stream: what a report or a grant names its recipients
 * by, the same for the same history whenever it is read.
 */
public final class RegisterAsOf {

    private RegisterAsOf() {
    }

    /** @param at the moment; {@code null} for the register as it is */
    public static RecipientRegisterOnFile of(EventStore eventStore, String countySlug, Instant at) {
        RecipientRegisterOnFile register = new RecipientRegisterOnFile();
        eventStore.readEvents(RecipientRegisterOnFile.streamOf(countySlug)).asStream()
                .filter(event -> at == null || !event.getTimestamp().isAfter(at))
                .forEach(event -> register.apply(event.getPayload()));
        return register;
    }
}
