package no.kompetansemidler.command.forum;

import java.time.LocalDate;
import java.util.List;

import no.kompetansemidler.command.kernel.RoundCommand;
import no.kompetansemidler.command.refusal.ExpectedVersion;
import no.kompetansemidler.events.Copies;
import no.kompetansemidler.events.forum.ForumMember;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records the cooperation forum's input from one meeting on the current proposal. */
public record RecordForumInput(@TargetAggregateIdentifier String roundId, LocalDate meetingDate,
                               List<ForumMember> membersPresent, List<AgendaItem> items,
                               ExpectedVersion expectedVersion) implements RoundCommand {

    public RecordForumInput {
        membersPresent = Copies.list(membersPresent);
        items = Copies.list(items);
    }
}
