package no.kompetansemidler.command.appeal;

import java.time.LocalDate;

import no.kompetansemidler.command.kernel.RoundCommand;
import no.kompetansemidler.command.refusal.ExpectedVersion;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Registers a recipient's appeal (klage) of one of its grant letters in the round.
 *
 * @param letterReference the letter appealed; the decision's letter to the recipient when left out
 * @param receivedOn      the day the appeal reached the county governor: today when the recipient lodges it here;
 *                        an earlier day only when the administrator registers one that came by post
 * @param postedOn        the day an appeal that came by post was handed to the post, where known (administrator)
 */
public record LodgeAppeal(@TargetAggregateIdentifier String roundId, String recipientId, String letterReference,
                          LocalDate receivedOn, LocalDate postedOn, String grounds, ExpectedVersion expectedVersion)
        implements RoundCommand {
}
