package no.kompetansemidler.query.published;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Whether a stored history is intact (ADR 20), as the query API answers it.
 *
 * @param stream     the stream walked (a round's id), or {@code *} for the whole store
 * @param events     how many events were walked
 * @param head       the chain hash of the stream's last event: compare it with one published earlier to show nothing
 *                   before it was rewritten
 * @param outcome    INTACT or BROKEN
 * @param firstBreak where the chain first breaks, when broken
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HistoryVerificationAnswer(String stream, long events, String head, String outcome,
                                        FirstBreak firstBreak) {

    /**
     * @param position       the event's global position in the store
     * @param stream         the stream it belongs to
     * @param sequenceNumber its place in the stream
     * @param problem        altered (its stored bytes, or the chain before it, no longer give its hash),
     *                       missing-before (an event before it was removed) or unsealed (it has no chain hash)
     */
    public record FirstBreak(long position, String stream, long sequenceNumber, String problem) {
    }
}
