package no.kompetansemidler.command.grant;

import java.util.List;

import no.kompetansemidler.events.proposal.AllocationLine;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Gives a grant letter its own grant. Sent by {@link GrantsFromLetters} for each letter a round's decision or
 * reallocation issued, never over HTTP; sending it again for the same letter changes nothing.
 */
public record AwardGrant(@TargetAggregateIdentifier String grantId, String roundId, String county,
                         String recipientId, int firstBudgetYear, List<AllocationLine> lines,
                         List<String> conditions) {

    public AwardGrant {
        lines = List.copyOf(lines);
        conditions = List.copyOf(conditions);
    }
}
