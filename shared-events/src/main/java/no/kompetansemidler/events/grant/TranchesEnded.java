package no.kompetansemidler.events.grant;

import java.util.Map;

import no.kompetansemidler.events.Copies;
import org.axonframework.serialization.Revision;

/**
 * The grant's later tranches ended: the round that awarded it withdrew the grant and with it what it had promised
 * for later budget years. Internal: integrations learn of it from {@code no.kompetansemidler.grant.withdrawn.v2}.
 *
 * @param roundId       the round that awarded the grant, and withdrew it
 * @param endedTranches budget year → the tranche that ended
 */
@Revision("1")
public record TranchesEnded(String grantId, String roundId, Map<Integer, Long> endedTranches, String reason)
        implements GrantEvent {

    public TranchesEnded {
        endedTranches = Copies.map(endedTranches);
    }
}
