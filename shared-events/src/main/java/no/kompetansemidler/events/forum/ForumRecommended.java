package no.kompetansemidler.events.forum;

import java.util.List;

import no.kompetansemidler.events.Copies;
import no.kompetansemidler.events.proposal.AllocationLine;
import no.kompetansemidler.events.round.RoundEvent;
import org.axonframework.serialization.Revision;

/**
 * The forum's recommendation (innstilling) to the county governor at a meeting on a proposal, where the county's plan
 * gives the forum that role (Trøndelag): the allocation it recommends, line by line.
 *
 * @param meetingNumber  the meeting that made it
 * @param proposalNumber the proposal it was made on
 */
@Revision("1")
public record ForumRecommended(String roundId, int meetingNumber, int proposalNumber, List<AllocationLine> lines)
        implements RoundEvent {

    public ForumRecommended {
        lines = Copies.list(lines);
    }
}
