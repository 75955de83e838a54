package no.kompetansemidler.command.plan;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import no.kompetansemidler.allocation.plans.LongTermPlan;
import no.kompetansemidler.allocation.plans.PlanCatalogue;
import no.kompetansemidler.command.handling.CommandOutcome;
import no.kompetansemidler.command.kernel.County;
import no.kompetansemidler.command.refusal.CommandRefused;
import no.kompetansemidler.command.refusal.Refusal;
import no.kompetansemidler.command.refusal.Violation;
import no.kompetansemidler.events.plan.PlanAdopted;
import no.kompetansemidler.events.plan.PlanRevised;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The long-term plan versions ("langsiktig plan") one county's forum has adopted, in order. A version can be adopted
 * only if the allocation engine knows its rules, so every decision can later be recomputed under it.
 */
@Aggregate
public class CountyPlans {

    @AggregateIdentifier
    private String countyPlansId;
    private final List<String> adoptedVersions = new ArrayList<>();

    protected CountyPlans() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    CommandOutcome handle(AdoptPlan command, PlanCatalogue catalogue) {
        command.expectedVersion().check(AggregateLifecycle.getVersion());
        LongTermPlan plan = knownVersion(catalogue, command.county(), command.version());
        refuseIfAdopted(command.county(), command.version());
        apply(new PlanAdopted(command.county().officialName(), plan.version(), plan.adoptedOn(),
                plan.firstBudgetYear(), plan.lastBudgetYear()));
        return CommandOutcome.done();
    }

    @CommandHandler
    CommandOutcome handle(RevisePlan command, PlanCatalogue catalogue) {
        command.expectedVersion().check(AggregateLifecycle.getVersion());
        LongTermPlan plan = knownVersion(catalogue, command.county(), command.version());
        if (!adoptedVersions.contains(command.revisedVersion())) {
            throw new CommandRefused(Refusal.BUSINESS_RULE, "revised-plan-not-adopted", "Only an adopted plan can "
                    + "be revised; " + command.county().officialName() + " has not adopted "
                    + command.revisedVersion() + ".", List.of(), Map.of("adoptedVersions", List.copyOf(adoptedVersions)));
        }
        refuseIfAdopted(command.county(), command.version());
        apply(new PlanRevised(command.county().officialName(), plan.version(), command.revisedVersion(),
                plan.adoptedOn(), plan.firstBudgetYear(), plan.lastBudgetYear()));
        return CommandOutcome.done();
    }

    @EventSourcingHandler
    void on(PlanAdopted event) {
        countyPlansId = idOf(County.find(event.county()).orElseThrow());
        adoptedVersions.add(event.version());
    }

    @EventSourcingHandler
    void on(PlanRevised event) {
        adoptedVersions.add(event.version());
    }

    private void refuseIfAdopted(County county, String version) {
        if (adoptedVersions.contains(version)) {
            throw new CommandRefused(Refusal.CONFLICT, "plan-already-adopted", county.officialName()
                    + " has already adopted plan version " + version + ".", List.of(),
                    Map.of("adoptedVersions", List.copyOf(adoptedVersions)));
        }
    }

    private static LongTermPlan knownVersion(PlanCatalogue catalogue, County county, String version) {
        return catalogue.version(county.officialName(), version).orElseThrow(() -> new CommandRefused(
                Refusal.BUSINESS_RULE, "unknown-plan-version", "The allocation engine has no rules for "
                + county.officialName() + " plan version " + version + ".",
                List.of(new Violation("version", "known-plan-version",
                        "known versions: " + catalogue.plans().stream()
                                .filter(plan -> plan.county().equals(county.officialName()))
                                .map(LongTermPlan::version).toList())), Map.of()));
    }

    /** Event-store identifiers are unique across aggregate types; the prefix keeps this one apart from rounds. */
    public static String idOf(County county) {
        return "plans-" + county.slug();
    }

}
