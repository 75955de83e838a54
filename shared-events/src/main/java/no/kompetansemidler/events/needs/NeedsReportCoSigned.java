package no.kompetansemidler.events.needs;

import no.kompetansemidler.events.round.RoundEvent;
import org.axonframework.serialization.Revision;

/**
 * A university/college partner of the partnership co-signed its needs report, confirming the partnership and the
 * partner's part of the budget.
 *
 * @param partnerOrganisation the partner organisation that signed, from the signer's token
 */
@Revision("1")
public record NeedsReportCoSigned(String roundId, String reportId, String networkId, String partnerOrganisation)
        implements RoundEvent {
}
