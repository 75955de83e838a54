package no.kompetansemidler.command.reporting;

import no.kompetansemidler.command.access.CommandAccess;
import no.kompetansemidler.command.access.CommandAccess.Permission;
import no.kompetansemidler.command.decision.DecisionDecider;

/**
 * Who may submit a report: the administrator, or the representative of the recipient network; another network's
 * grant is answered exactly as one that does not exist. Reviewing is the administrator's
 * ({@link CommandAccess#administrator}).
 */
public final class ReportingAccess {

    private ReportingAccess() {
    }

    public static Permission submit(String roundId, SubmitReport command) {
        return CommandAccess.administratorOrNetworkRepresentative(command, actor -> {
            if (!actor.speaksFor(command.recipientId())) {
                throw DecisionDecider.grantNotFound(roundId, command.recipientId());
            }
        });
    }
}
