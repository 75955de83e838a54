package no.kompetansemidler.command.forum;

import java.util.List;

import no.kompetansemidler.events.Copies;
import no.kompetansemidler.events.forum.ForumOutcome;
import no.kompetansemidler.events.forum.RequestedChange;
import no.kompetansemidler.events.forum.Statement;

/** One item of a forum meeting as the administrator records it; who is recused follows from the members. */
public record AgendaItem(String subject, List<String> affectedNetworkIds, List<Statement> statements,
                         List<RequestedChange> requestedChanges, ForumOutcome outcome) {

    public AgendaItem {
        affectedNetworkIds = Copies.list(affectedNetworkIds);
        statements = Copies.list(statements);
        requestedChanges = Copies.list(requestedChanges);
    }
}
