package no.kompetansemidler.events.needs;

import java.time.Instant;

import no.kompetansemidler.events.round.RoundEvent;
import org.axonframework.serialization.Revision;

/** The administrator let one network submit, amend or withdraw after the deadline, until the time given. */
@Revision("1")
public record SubmissionDeadlineExtended(String roundId, String networkId, Instant extendedUntil, String reason)
        implements RoundEvent {
}
