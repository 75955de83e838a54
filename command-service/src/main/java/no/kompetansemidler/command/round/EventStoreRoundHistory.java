package no.kompetansemidler.command.round;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import no.kompetansemidler.allocation.plans.LongTermPlan;
import no.kompetansemidler.allocation.plans.PlanCatalogue;
import no.kompetansemidler.allocation.regulation.Regulation;
import no.kompetansemidler.command.kernel.County;
import no.kompetansemidler.command.plan.CountyPlans;
import no.kompetansemidler.events.decision.AllocationDecided;
import no.kompetansemidler.events.plan.PlanAdopted;
import no.kompetansemidler.events.plan.PlanRevised;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/** Reads a round's history from the event store: the county's plan events and its earlier rounds' decisions. */
@Component
class EventStoreRoundHistory implements RoundHistory {

    private final EventStore eventStore;
    private final PlanCatalogue catalogue;

    EventStoreRoundHistory(EventStore eventStore, PlanCatalogue catalogue) {
        this.eventStore = eventStore;
        this.catalogue = catalogue;
    }

    @Override
    public Optional<String> planVersionInForce(County county, int budgetYear) {
        List<String> adopted = new ArrayList<>();
        eventStore.readEvents(CountyPlans.idOf(county)).asStream().forEach(event -> {
            if (event.getPayload() instanceof PlanAdopted plan) {
                adopted.add(plan.version());
            } else if (event.getPayload() instanceof PlanRevised plan) {
                adopted.add(plan.version());
            }
        });
        // a version adopted under an earlier catalogue but unknown to this one cannot compute proposals here
        List<String> known = adopted.stream()
                .filter(version -> catalogue.version(county.officialName(), version).isPresent()).toList();
        return catalogue.inForce(county.officialName(), known, budgetYear).map(LongTermPlan::version);
    }

    @Override
    public Map<String, Long> commitmentsInto(County county, int budgetYear) {
        Map<String, Long> commitments = new TreeMap<>();
        // measures run at most 4 years, so only the three rounds before can have committed funds to this one
        for (int back = 1; back <= Regulation.yearsThatCanCommitAhead(); back++) {
            String earlierRound = OpenRound.roundIdOf(county, budgetYear - back);
            eventStore.readEvents(earlierRound).asStream()
                    .filter(event -> event.getPayload() instanceof AllocationDecided)
                    .map(event -> ((AllocationDecided) event.getPayload()).commitmentsByYearOre()
                            .getOrDefault(budgetYear, 0L))
                    .filter(amount -> amount > 0)
                    .forEach(amount -> commitments.merge(earlierRound, amount, Long::sum));
        }
        return commitments;
    }
}
