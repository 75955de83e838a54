package no.kompetansemidler.events.decision;

import java.util.List;

import no.kompetansemidler.events.Copies;
import no.kompetansemidler.events.round.RoundEvent;
import org.axonframework.serialization.Revision;

/**
 * The decision grants recipients the county's register found ineligible, each with the county governor's reason;
 * recorded with the decision, before it.
 *
 * @param overrides by recipient, in recipient order
 */
@Revision("1")
public record IneligibilityOverridden(String roundId, List<OverriddenFinding> overrides) implements RoundEvent {

    public IneligibilityOverridden {
        overrides = Copies.list(overrides);
    }

    /** One recipient granted although found ineligible: what the register found, and why it is granted. */
    public record OverriddenFinding(String recipientId, String finding, String reason) {
    }
}
