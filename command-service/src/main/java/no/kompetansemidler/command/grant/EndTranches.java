package no.kompetansemidler.command.grant;

import java.util.Map;

import no.kompetansemidler.events.Copies;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Ends later tranches of a grant its round withdrew. Sent by {@link GrantsFromLetters} for each withdrawal that ended
 * tranches, never over HTTP; sending it again changes nothing, as the tranches have ended.
 *
 * @param endedTranches budget year → the tranche that ends
 */
public record EndTranches(@TargetAggregateIdentifier String grantId, Map<Integer, Long> endedTranches, String reason) {

    public EndTranches {
        endedTranches = Copies.map(endedTranches);
    }
}
