package no.kompetansemidler.command.forum;

import java.time.LocalDate;
import java.util.List;

import no.kompetansemidler.command.kernel.RoundCommand;
import no.kompetansemidler.command.refusal.ExpectedVersion;
import no.kompetansemidler.events.Copies;
import no.kompetansemidler.events.proposal.AllocationLine;
import no.kompetansemidler.events.forum.ForumMember;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records the cooperation forum's input from one meeting on the current proposal.
 *
 * @param membersPresent the members present, named at the meeting; or else
 * @param memberIds      the members present by their ids in the county's forum register
 * @param recommendation where the county's plan gives the forum the recommendation (Trøndelag), the allocation it
 *                       recommends to the county governor; empty otherwise
 */
public record RecordForumInput(@TargetAggregateIdentifier String roundId, LocalDate meetingDate,
                               List<ForumMember> membersPresent, List<String> memberIds, List<AgendaItem> items,
                               List<AllocationLine> recommendation, ExpectedVersion expectedVersion)
        implements RoundCommand {

    public RecordForumInput {
        membersPresent = Copies.list(membersPresent);
        memberIds = Copies.list(memberIds);
        items = Copies.list(items);
        recommendation = Copies.list(recommendation);
    }

    /** A meeting whose members are named at the meeting, with no recommendation. */
    public RecordForumInput(String roundId, LocalDate meetingDate, List<ForumMember> membersPresent,
                            List<AgendaItem> items, ExpectedVersion expectedVersion) {
        this(roundId, meetingDate, membersPresent, List.of(), items, List.of(), expectedVersion);
    }

    /** A meeting with no recommendation. */
    public RecordForumInput(String roundId, LocalDate meetingDate, List<ForumMember> membersPresent,
                            List<String> memberIds, List<AgendaItem> items, ExpectedVersion expectedVersion) {
        this(roundId, meetingDate, membersPresent, memberIds, items, List.of(), expectedVersion);
    }
}
