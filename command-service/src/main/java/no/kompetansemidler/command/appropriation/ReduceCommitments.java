package no.kompetansemidler.command.appropriation;

import java.util.List;

import no.kompetansemidler.command.kernel.RoundCommand;
import no.kompetansemidler.command.refusal.ExpectedVersion;
import no.kompetansemidler.events.Copies;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Reduces the tranches earlier decisions promised for the round's year by what the year's frame falls short of them:
 * in proportion to each tranche, or grant by grant with a reason each.
 *
 * @param basis      how the shortfall is shared
 * @param reductions for {@link Basis#PER_GRANT}: the reduction of each grant concerned; none for proportional
 */
public record ReduceCommitments(@TargetAggregateIdentifier String roundId, Basis basis, List<Reduction> reductions,
                                ExpectedVersion expectedVersion) implements RoundCommand {

    /** How the shortfall is shared among the promised tranches. */
    public enum Basis {
        /** Every tranche in proportion to its amount, to the øre by largest remainder (the default in law). */
        PROPORTIONAL,
        /** Grant by grant, as the administrator decides, each with a reason. */
        PER_GRANT
    }

    /**
     * One grant's reduction.
     *
     * @param fromRoundId the round whose decision promised the tranche
     */
    public record Reduction(String fromRoundId, String recipientId, Long amountOre, String reason) {
    }

    public ReduceCommitments {
        reductions = Copies.list(reductions);
    }
}
