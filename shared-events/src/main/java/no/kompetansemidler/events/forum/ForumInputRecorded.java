package no.kompetansemidler.events.forum;

import java.time.LocalDate;
import java.util.List;

import no.kompetansemidler.events.Copies;
import no.kompetansemidler.events.round.RoundEvent;
import org.axonframework.serialization.Revision;

/**
 * The administrator recorded the forum's input from one meeting on a proposal.
 *
 * @param meetingNumber  1 for the round's first meeting, counting up
 * @param proposalNumber the proposal the meeting discussed
 * @param membersPresent revision 2: each with its register id and role where taken from the forum's register
 */
@Revision("2")
public record ForumInputRecorded(String roundId, int meetingNumber, LocalDate meetingDate, int proposalNumber,
                                 List<ForumMember> membersPresent, List<ForumItem> items) implements RoundEvent {

    public ForumInputRecorded {
        membersPresent = Copies.list(membersPresent);
        items = Copies.list(items);
    }
}
