package no.kompetansemidler.command.access;

import java.util.Optional;

import no.kompetansemidler.access.Actor;
import no.kompetansemidler.access.Role;
import no.kompetansemidler.command.kernel.County;
import no.kompetansemidler.command.kernel.RoundCommand;
import no.kompetansemidler.command.refusal.CommandRefused;
import no.kompetansemidler.command.refusal.Refusal;

/**
 * Who may issue a command on a round, on top of the role check at the HTTP edge. Each capability declares the
 * {@link Permission} of its own commands beside its rules (for example that a network representative amends only
 * their own network's needs report); this class holds what all share: the actor must be known and cover the round's
 * county, and the administrator's permission. Something outside the actor's scope that a URL names is answered as if
 * it did not exist (404), so ids reveal nothing; a request body naming another county or network is 403.
 */
public final class CommandAccess {

    /** Whether an actor, already known to cover the round's county, may issue one command. */
    @FunctionalInterface
    public interface Permission {

        /** @throws CommandRefused when the actor may not */
        void check(Actor actor);
    }

    private CommandAccess() {
    }

    /** Opening a round or recording a plan: the county's administrator; another county is 403. */
    public static void requireAdministratorOf(Optional<Actor> actor, County county) {
        Actor known = known(actor);
        if (!known.is(Role.ADMINISTRATOR) || !known.covers(county.slug())) {
            throw CommandRefused.because(Refusal.FORBIDDEN, "forbidden",
                    "Only " + county.officialName() + "'s administrators may do this.");
        }
    }

    /**
     * The actor's county first (a round of another county does not exist for them), then the command's own
     * permission.
     *
     * @param countyName the round's county, by its official name
     */
    public static void check(Optional<Actor> actor, RoundCommand command, String countyName, Permission permission) {
        Actor known = known(actor);
        if (!known.covers(County.find(countyName).map(County::slug).orElse(""))) {
            throw CommandRefused.doesNotExist(command.roundId());
        }
        permission.check(known);
    }

    /**
     * A grant's payments and claims: the administrators of the grant's county; for anyone else of another county the
     * grant does not exist.
     *
     * @param countyName the grant's county, by its official name
     */
    public static void requireAdministratorOfGrant(Optional<Actor> actor, String grantId, String countyName) {
        Actor known = known(actor);
        if (!known.covers(County.find(countyName).map(County::slug).orElse(""))) {
            throw CommandRefused.doesNotExist(grantId);
        }
        if (!known.is(Role.ADMINISTRATOR)) {
            throw CommandRefused.because(Refusal.FORBIDDEN, "forbidden", "Only " + countyName
                    + "'s administrators may order payments and claim repayments.");
        }
    }

    /** Only the county's administrators. */
    public static Permission administrator(RoundCommand command) {
        return actor -> {
            if (!actor.is(Role.ADMINISTRATOR)) {
                throw forbidden(actor, command);
            }
        };
    }

    /** The administrator, or a member of the county's cooperation forum. */
    public static Permission administratorOrForumMember(RoundCommand command) {
        return actor -> {
            if (!actor.is(Role.ADMINISTRATOR) && !actor.is(Role.FORUM_MEMBER)) {
                throw forbidden(actor, command);
            }
        };
    }

    /**
     * The administrator, or a network representative within the scope {@code ownScope} checks (their own network's
     * report, their own grant); any other role may not issue the command.
     */
    public static Permission administratorOrNetworkRepresentative(RoundCommand command, Permission ownScope) {
        return actor -> {
            if (actor.is(Role.ADMINISTRATOR)) {
                return;
            }
            if (!actor.is(Role.NETWORK_REPRESENTATIVE)) {
                throw forbidden(actor, command);
            }
            ownScope.check(actor);
        };
    }

    /** The answer to a role that may not issue the command at all. */
    public static CommandRefused forbidden(Actor actor, RoundCommand command) {
        return CommandRefused.because(Refusal.FORBIDDEN, "forbidden", "Your role (" + actor.role().claim()
                + ") may not issue " + command.getClass().getSimpleName() + ".");
    }

    private static Actor known(Optional<Actor> actor) {
        return actor.orElseThrow(() -> CommandRefused.because(Refusal.FORBIDDEN, "no-actor",
                "A command must come from an authenticated actor."));
    }
}
