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
import no.kompetansemidler.recorded.plan.PlanDocuments;
import no.kompetansemidler.recorded.plan.RecordedPlans;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The long-term plan versions ("langsiktig plan") one county's forum has adopted, in order. Each adoption records
 * the plan's document, so the rules that govern a round, and every decision later recomputed under them, are the
 * recorded ones, whatever the code ships by then.
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
        String document = documentOf(catalogue, command.county(), command.version(), command.document());
        LongTermPlan plan = planOf(catalogue, command.county(), command.version(), document);
        refuseIfAdopted(command.county(), command.version());
        apply(new PlanAdopted(command.county().officialName(), plan.version(), plan.adoptedOn(),
                plan.firstBudgetYear(), plan.lastBudgetYear(), document));
        return CommandOutcome.done();
    }

    @CommandHandler
    CommandOutcome handle(RevisePlan command, PlanCatalogue catalogue) {
        command.expectedVersion().check(AggregateLifecycle.getVersion());
        String document = documentOf(catalogue, command.county(), command.version(), command.document());
        LongTermPlan plan = planOf(catalogue, command.county(), command.version(), document);
        if (!adoptedVersions.contains(command.revisedVersion())) {
            throw new CommandRefused(Refusal.BUSINESS_RULE, "revised-plan-not-adopted", "Only an adopted plan can "
                    + "be revised; " + command.county().officialName() + " has not adopted "
                    + command.revisedVersion() + ".", List.of(),
                    Map.of("adoptedVersions", List.copyOf(adoptedVersions)));
        }
        refuseIfAdopted(command.county(), command.version());
        apply(new PlanRevised(command.county().officialName(), plan.version(), command.revisedVersion(),
                plan.adoptedOn(), plan.firstBudgetYear(), plan.lastBudgetYear(), document));
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

    /**
     * The document the event records: the one given, or the shipped document of the version; {@code null} for a
     * version the engine has compiled in but ships no document of (its compiled rules apply, as before plans were
     * documents). A version with none of these is refused.
     */
    private static String documentOf(PlanCatalogue catalogue, County county, String version, String given) {
        if (given != null) {
            return given;
        }
        return PlanDocuments.shipped(county.officialName(), version).orElseGet(() -> {
            if (catalogue.version(county.officialName(), version).isPresent()) {
                return null;
            }
            throw new CommandRefused(Refusal.BUSINESS_RULE, "unknown-plan-version", "No plan document was given "
                    + "and the system knows no " + county.officialName() + " plan version " + version + ".",
                    List.of(new Violation("version", "known-plan-version", "give the plan's document, or one of "
                            + "the versions the system knows: " + catalogue.plans().stream()
                            .filter(plan -> plan.county().equals(county.officialName()))
                            .map(LongTermPlan::version).toList())), Map.of());
        });
    }

    private static LongTermPlan planOf(PlanCatalogue catalogue, County county, String version, String document) {
        return RecordedPlans.plan(county.officialName(), version, document, catalogue).orElseThrow();
    }

    /** Event-store identifiers are unique across aggregate types; the prefix keeps this one apart from rounds. */
    public static String idOf(County county) {
        return "plans-" + county.slug();
    }

}
