package no.kompetansemidler.events.forum;

import java.util.List;

import no.kompetansemidler.events.Copies;

/**
 * The forum's conclusion on an item. In a vote only members who are neither the county governor's representatives
 * nor recused vote; dissent is kept either way.
 *
 * @param dissent members who disagree with the conclusion, even under consensus
 */
public record ForumOutcome(OutcomeKind kind, String conclusion, List<String> votesFor, List<String> votesAgainst,
                           List<String> abstentions, List<String> dissent) {

    public ForumOutcome {
        votesFor = Copies.list(votesFor);
        votesAgainst = Copies.list(votesAgainst);
        abstentions = Copies.list(abstentions);
        dissent = Copies.list(dissent);
    }
}
