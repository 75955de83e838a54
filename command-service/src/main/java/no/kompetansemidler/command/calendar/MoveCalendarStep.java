package no.kompetansemidler.command.calendar;

import java.time.LocalDate;

import no.kompetansemidler.command.kernel.RoundCommand;
import no.kompetansemidler.command.refusal.ExpectedVersion;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Moves a step of the round's calendar to another day, with the reason.
 *
 * @param step the step as plan documents name it, e.g. {@code decision}
 * @param toOn the step's new last day
 */
public record MoveCalendarStep(@TargetAggregateIdentifier String roundId, String step, LocalDate toOn, String reason,
                               ExpectedVersion expectedVersion) implements RoundCommand {
}
