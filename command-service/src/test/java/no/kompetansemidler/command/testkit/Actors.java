package no.kompetansemidler.command.testkit;

import java.util.List;
import java.util.Map;

import no.kompetansemidler.access.Actor;
import no.kompetansemidler.access.Role;
import no.kompetansemidler.command.access.ActorMetadata;
import no.kompetansemidler.command.kernel.RoundCommand;
import no.kompetansemidler.command.reallocation.ReceiveCarriedOverFunds;
import no.kompetansemidler.command.round.OpenRound;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;

/** Actors for fixture tests, as their tokens would make them. */
public final class Actors {

    private Actors() {
    }

    public static Actor administrator(String county) {
        return new Actor("caseworker-" + county, Role.ADMINISTRATOR, "Statsforvalteren", county, List.of());
    }

    public static Actor networkRepresentative(String county, String network) {
        return new Actor("rep-" + network, Role.NETWORK_REPRESENTATIVE, network + " kommune", county, List.of(network));
    }

    public static Actor withRole(Role role, String county) {
        return new Actor(role.claim() + "-" + county, role, "Org", county, List.of());
    }

    public static Map<String, String> metadata(Actor actor) {
        return ActorMetadata.of(actor);
    }

    /**
     * Unless a test gives its own actor, every command comes from the administrator of the county it concerns, so
     * tests of the cycle's rules need not repeat who is asking.
     */
    public static MessageDispatchInterceptor<CommandMessage<?>> administratorOfTheCommandsCounty() {
        return messages -> (index, message) -> {
            if (message.getMetaData().containsKey(ActorMetadata.SUBJECT)) {
                return message;
            }
            return message.andMetaData(ActorMetadata.of(administrator(countyOf(message.getPayload()))));
        };
    }

    private static String countyOf(Object command) {
        if (command instanceof OpenRound open) {
            return open.county().slug();
        }
        String roundId = command instanceof ReceiveCarriedOverFunds receive ? receive.roundId()
                : ((RoundCommand) command).roundId();
        return roundId.substring(0, roundId.lastIndexOf('-'));
    }
}
