package no.kompetansemidler.events.calendar;

import java.time.LocalDate;

import no.kompetansemidler.events.round.RoundEvent;
import org.axonframework.serialization.Revision;

/**
 * The county governor moved a step of the round's calendar from the date the plan (or an earlier move) gave it.
 *
 * @param step   the step moved; one the round's calendar dates once
 * @param fromOn the date it had
 * @param toOn   the date it has now: the last day for the step
 * @param reason why, as the county governor recorded it
 */
@Revision("1")
public record CalendarStepMoved(String roundId, CalendarStep step, LocalDate fromOn, LocalDate toOn, String reason)
        implements RoundEvent {
}
