package no.kompetansemidler.events.decision;

import java.util.List;

import no.kompetansemidler.events.Copies;
import no.kompetansemidler.events.proposal.AllocationLine;
import no.kompetansemidler.events.round.RoundEvent;
import org.axonframework.serialization.Revision;

/**
 * A grant letter ("tilskuddsbrev") went to one recipient (for a network, its host municipality), stating its lines
 * and conditions.
 *
 * @param letterReference {@code <roundId>/<recipientId>}, quoted in the recipient's report
 */
@Revision("1")
public record GrantLetterIssued(String roundId, String recipientId, String letterReference, long amountOre,
                                List<AllocationLine> lines, List<String> conditions) implements RoundEvent {

    public GrantLetterIssued {
        lines = Copies.list(lines);
        conditions = Copies.list(conditions);
    }
}
