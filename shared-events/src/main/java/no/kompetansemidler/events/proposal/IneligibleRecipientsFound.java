package no.kompetansemidler.events.proposal;

import java.util.List;

import no.kompetansemidler.events.Copies;
import no.kompetansemidler.events.round.RoundEvent;
import org.axonframework.serialization.Revision;

/**
 * The county's register found recipients of a proposal's lines that cannot receive funds (a private owner in the
 * network without the approval it needs): a finding for the caseworker, recorded with the proposal; the decision
 * refuses them unless the county governor gives a reason.
 *
 * @param findings by recipient, in recipient order
 */
@Revision("1")
public record IneligibleRecipientsFound(String roundId, int proposalNumber, List<EligibilityFinding> findings)
        implements RoundEvent {

    public IneligibleRecipientsFound {
        findings = Copies.list(findings);
    }

    /** Why one recipient cannot receive funds, as the register says. */
    public record EligibilityFinding(String recipientId, String finding) {
    }
}
