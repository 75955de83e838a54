package no.kompetansemidler.eventstore.personal;

import no.kompetansemidler.events.personal.PersonalFields;

/** Erases a person's data by emptying the key it is sealed under (ADR 22), in the caller's transaction. */
@FunctionalInterface
public interface PersonalDataErasure {

    /** @return whether the person had a key to erase */
    boolean erase(PersonalFields.Owner owner);
}
