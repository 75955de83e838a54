package no.kompetansemidler.command.round;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import no.kompetansemidler.events.round.RoundOpened;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** One county's grant round for one budget year ("tildelingsrunde"), rebuilt from its events. */
@Aggregate
public class Round {

    @AggregateIdentifier
    private String roundId;

    protected Round() {
        // for Axon, which rebuilds the round from its events
    }

    @CommandHandler
    public Round(OpenRound command) {
        apply(new RoundOpened(command.roundId(), command.county().officialName(), command.budgetYear(),
                command.budgetFrameOre()));
    }

    @EventSourcingHandler
    void on(RoundOpened event) {
        roundId = event.roundId();
    }
}
