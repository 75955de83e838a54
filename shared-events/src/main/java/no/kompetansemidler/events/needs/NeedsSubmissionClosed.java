package no.kompetansemidler.events.needs;

import java.time.Instant;

import no.kompetansemidler.events.round.RoundEvent;
import org.axonframework.serialization.Revision;

/**
 * The submission deadline passed and the window closed, by the scheduled deadline. Networks with an extension may
 * still submit until it ends.
 *
 * @param reportCount the needs reports standing (submitted, not withdrawn) when it closed
 */
@Revision("1")
public record NeedsSubmissionClosed(String roundId, Instant deadline, int reportCount) implements RoundEvent {
}
