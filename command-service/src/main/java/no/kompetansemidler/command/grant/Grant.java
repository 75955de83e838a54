package no.kompetansemidler.command.grant;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import no.kompetansemidler.access.Actor;
import no.kompetansemidler.command.access.CommandAccess;
import no.kompetansemidler.command.handling.CommandOutcome;
import no.kompetansemidler.events.grant.GrantEstablished;
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
 * (ADR 9): its tranches, payments and repayment claims. A thin Axon shell over {@link GrantDecider},
 * {@link PaymentDecider} and {@link GrantState}.
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

    /** Records a year's withdrawal by the round that awarded the grant. */
    @CommandHandler
    void handle(WithdrawFromTranche command) {
        GrantDecider.withdrawFromTranche(state, command).forEach(AggregateLifecycle::apply);
    }

    /** Ends later tranches its round withdrew. */
    @CommandHandler
    void handle(EndTranches command) {
        GrantDecider.endTranches(state, command).forEach(AggregateLifecycle::apply);
    }

    @CommandHandler
    /** @return the payment's number */
    CommandOutcome handle(OrderPayment command, Actor actor) {
        decide(command, actor, () -> PaymentDecider.order(state, command));
        return CommandOutcome.done(state.payments().size());
    }

    @CommandHandler
    CommandOutcome handle(RecordPayment command, Actor actor) {
        return decide(command, actor, () -> PaymentDecider.record(state, command));
    }

    @CommandHandler
    /** @return the claim's number */
    CommandOutcome handle(ClaimRepayment command, Actor actor) {
        decide(command, actor, () -> PaymentDecider.claim(state, command));
        return CommandOutcome.done(state.claims().size());
    }

    @CommandHandler
    CommandOutcome handle(SettleRepayment command, Actor actor) {
        return decide(command, actor, () -> PaymentDecider.settle(state, command));
    }

    /** The grant's county first (another county's grant does not exist for the actor), then If-Match, then rules. */
    private CommandOutcome decide(GrantCommand command, Actor actor, Supplier<List<GrantEvent>> decision) {
        String county = state.award().map(GrantEstablished::county).orElse("");
        CommandAccess.requireAdministratorOfGrant(Optional.ofNullable(actor), command.grantId(), county);
        command.expectedVersion().check(AggregateLifecycle.getVersion());
        decision.get().forEach(AggregateLifecycle::apply);
        return CommandOutcome.done();
    }

    @EventSourcingHandler
    void on(GrantEvent event) {
        grantId = event.grantId();
        state.evolve(event);
    }
}
