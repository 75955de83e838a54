package no.kompetansemidler.command.appeal;

import no.kompetansemidler.command.access.CommandAccess;
import no.kompetansemidler.command.access.CommandAccess.Permission;
import no.kompetansemidler.command.decision.DecisionDecider;

/**
 * Who may lodge an appeal: the appellant's network representative, or the administrator registering one that came
 * by post; another network's letter is answered exactly as one that does not exist. The rest of the case is the
 * administrator's ({@link CommandAccess#administrator}).
 */
public final class AppealAccess {

    private AppealAccess() {
    }

    public static Permission lodge(String roundId, LodgeAppeal command) {
        return CommandAccess.administratorOrNetworkRepresentative(command, actor -> {
            if (command.recipientId() != null && !actor.speaksFor(command.recipientId())) {
                throw DecisionDecider.grantNotFound(roundId, command.recipientId());
            }
        });
    }
}
