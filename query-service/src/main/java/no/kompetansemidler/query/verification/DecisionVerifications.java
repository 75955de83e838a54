package no.kompetansemidler.query.verification;

import java.util.Optional;

import no.kompetansemidler.allocation.plans.PlanCatalogue;
import no.kompetansemidler.query.allocation.RoundEventHistory;
import no.kompetansemidler.recorded.DecisionVerification;
import no.kompetansemidler.recorded.DecisionVerifier;
import org.springframework.stereotype.Component;

/**
 * A round's decision verified from the event store alone, never from a view, by the same code command-service
 * decided with ({@link DecisionVerifier}).
 */
@Component
public class DecisionVerifications {

    private final RoundEventHistory history;
    private final PlanCatalogue plans;

    DecisionVerifications(RoundEventHistory history, PlanCatalogue plans) {
        this.history = history;
        this.plans = plans;
    }

    /** The verification, or empty while the round has no decision. */
    public Optional<DecisionVerification> of(String roundId) {
        return DecisionVerifier.verify(history.events(roundId), plans);
    }
}
