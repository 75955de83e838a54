package no.kompetansemidler.command.grant;

import no.kompetansemidler.events.grant.GrantEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One recipient's grant from its letter on ("tilskudd"), the consistency boundary of what happens to it across its
 * budget years. It outlives the round that awarded it: the round decides, the grant is then followed on its own
 * (ADR 9). A thin Axon shell over {@link GrantDecider} and {@link GrantState}.
 */
@Aggregate
public class Grant {

    @AggregateIdentifier
    private String grantId;
    private final GrantState state = new GrantState();

    protected Grant() {
        // for Axon, which rebuilds the grant from its events
    }

    /** Creates the grant, or finds it already awarded when its letter is seen again. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(AwardGrant command) {
        GrantDecider.award(state, command).forEach(AggregateLifecycle::apply);
    }

    /** Records a tranche reduced by the round of its year, once per reduction letter. */
    @CommandHandler
    void handle(ReduceTranche command) {
        GrantDecider.reduceTranche(state, command).forEach(AggregateLifecycle::apply);
    }

    /** Records a later tranche granted by the round of its year, once per tranche letter. */
    @CommandHandler
    void handle(GrantTranche command) {
        GrantDecider.grantTranche(state, command).forEach(AggregateLifecycle::apply);
    }

    /** Ends later tranches its round withdrew. */
    @CommandHandler
    void handle(EndTranches command) {
        GrantDecider.endTranches(state, command).forEach(AggregateLifecycle::apply);
    }

    @EventSourcingHandler
    void on(GrantEvent event) {
        grantId = event.grantId();
        state.evolve(event);
    }
}
