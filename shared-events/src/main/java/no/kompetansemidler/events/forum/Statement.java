package no.kompetansemidler.events.forum;

/** What a member said on an item, for the record. */
public record Statement(String member, String text) {
}
