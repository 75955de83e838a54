package no.kompetansemidler.command.integration.notice;

import java.time.Instant;
import java.util.List;

/**
 * What a notice says before its recipients are looked up: the round, the networks it goes to, by when something is
 * due, a reference, and its text in bokmål.
 *
 * @param networkIds the networks (recipients of grants, partnerships) it goes to, in the event's order
 * @param dueBy      by when the recipients are to act; {@code null} where nothing is due
 * @param reference  what it concerns (a template version, a letter, a payment); {@code null} where nothing more
 */
public record NoticeFacts(String roundId, List<String> networkIds, Instant dueBy, String reference, String text) {

    public NoticeFacts {
        networkIds = List.copyOf(networkIds);
    }
}
