package no.kompetansemidler.command.decision;

import no.kompetansemidler.command.kernel.RoundCommand;
import no.kompetansemidler.command.refusal.ExpectedVersion;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Withdraws all or part of a recipient's grant, e.g. when its measures are not carried out, and with it, if asked,
 * the later tranches the decision promised the recipient.
 *
 * @param amountOre        what the recipient no longer holds this year; 0 when only later tranches end
 * @param endLaterTranches whether the later tranches of the round's grant to the recipient end too
 */
public record WithdrawGrant(@TargetAggregateIdentifier String roundId, String recipientId, Long amountOre,
                            String reason, Boolean endLaterTranches, ExpectedVersion expectedVersion)
        implements RoundCommand {

    /** A withdrawal of this year's funds only. */
    public WithdrawGrant(String roundId, String recipientId, Long amountOre, String reason,
                         ExpectedVersion expectedVersion) {
        this(roundId, recipientId, amountOre, reason, false, expectedVersion);
    }

    public boolean endsLaterTranches() {
        return Boolean.TRUE.equals(endLaterTranches);
    }
}
