package no.kompetansemidler.events.forum;

import java.util.List;

import no.kompetansemidler.events.Copies;

/**
 * One item on a meeting's agenda.
 *
 * @param affectedNetworkIds networks the item concerns
 * @param recused            members who took no part because their own partnership is affected
 */
public record ForumItem(String subject, List<String> affectedNetworkIds, List<String> recused,
                        List<Statement> statements, List<RequestedChange> requestedChanges, ForumOutcome outcome) {

    public ForumItem {
        affectedNetworkIds = Copies.list(affectedNetworkIds);
        recused = Copies.list(recused);
        statements = Copies.list(statements);
        requestedChanges = Copies.list(requestedChanges);
    }
}
