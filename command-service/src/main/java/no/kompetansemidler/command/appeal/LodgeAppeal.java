package no.kompetansemidler.command.appeal;

import java.time.LocalDate;

import no.kompetansemidler.command.kernel.RoundCommand;
import no.kompetansemidler.command.refusal.ExpectedVersion;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Registers a recipient's appeal (klage) of its grant letter from the round's decision.
 *
 * @param receivedOn the day the appeal reached the county governor; today in Norway when the recipient lodges it
 *                   here
 */
public record LodgeAppeal(@TargetAggregateIdentifier String roundId, String recipientId, LocalDate receivedOn,
                          String grounds, ExpectedVersion expectedVersion) implements RoundCommand {
}
