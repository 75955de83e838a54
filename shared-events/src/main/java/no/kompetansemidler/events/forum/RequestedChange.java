package no.kompetansemidler.events.forum;

/** A change to the proposal the forum asks for, concerning one recipient. */
public record RequestedChange(String recipientId, String change) {
}
