package no.kompetansemidler.command.scenario;

import no.kompetansemidler.access.Actor;
import no.kompetansemidler.access.Role;
import no.kompetansemidler.allocation.plans.PlanCatalogue;
import no.kompetansemidler.command.handling.CommandOutcome;
import no.kompetansemidler.command.refusal.CommandRefused;
import no.kompetansemidler.command.refusal.Refusal;
import no.kompetansemidler.events.scenario.ScenarioComputed;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A round's what-if scenarios, numbered in the order they were run: an aggregate of their own, so running one never
 * changes the round. The county's administrators and forum members run them.
 */
@Aggregate
public class RoundScenarios {

    @AggregateIdentifier
    private String scenariosId;
    private int scenarios;

    protected RoundScenarios() {
        // for Axon
    }

    /** @return the scenario's number */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    CommandOutcome handle(RunScenario command, RoundBasis basis, PlanCatalogue catalogue, Actor actor) {
        requireAllowed(actor, command);
        command.expectedVersion().check(AggregateLifecycle.getVersion());
        AggregateLifecycle.apply(ScenarioDecider.run(scenarios + 1, command, basis, catalogue));
        return CommandOutcome.done(scenarios);
    }

    @EventSourcingHandler
    void on(ScenarioComputed event) {
        scenariosId = event.scenariosId();
        scenarios = event.scenarioNumber();
    }

    /** A round outside the actor's county does not exist for them; in it, only administrators and the forum. */
    private static void requireAllowed(Actor actor, RunScenario command) {
        if (actor == null) {
            throw CommandRefused.because(Refusal.FORBIDDEN, "no-actor", "A command must come from an "
                    + "authenticated actor.");
        }
        if (!actor.coversRound(command.roundId())) {
            throw CommandRefused.doesNotExist(command.roundId());
        }
        if (!actor.is(Role.ADMINISTRATOR) && !actor.is(Role.FORUM_MEMBER)) {
            throw CommandRefused.because(Refusal.FORBIDDEN, "forbidden", "Only the county's administrators and "
                    + "forum members run what-if scenarios.");
        }
    }
}
