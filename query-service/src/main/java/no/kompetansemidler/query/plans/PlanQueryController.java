package no.kompetansemidler.query.plans;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import no.kompetansemidler.access.web.CurrentActor;
import no.kompetansemidler.allocation.plans.LongTermPlan;
import no.kompetansemidler.query.plans.CountyPlanHistory.AdoptedVersion;
import no.kompetansemidler.query.published.PlanComparisonAnswer;
import no.kompetansemidler.query.published.PlanVersionAnswer;
import no.kompetansemidler.query.web.NotFound;
import no.kompetansemidler.recorded.plan.PlanComparison;
import no.kompetansemidler.recorded.plan.PlanDocuments;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A county's long-term plan versions (ADR 10), for everyone of the county: listed in adoption order, each
 * document as adopted, and two versions compared rule by rule. Another county's plans do not exist for the caller.
 */
@RestController
class PlanQueryController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CountyPlanHistory history;

    PlanQueryController(CountyPlanHistory history) {
        this.history = history;
    }

    @Operation(summary = "A county's adopted plan versions, in the order they were adopted")
    @GetMapping("/counties/{county}/plans")
    List<PlanVersionAnswer> versions(@PathVariable String county) {
        requireCounty(county);
        return history.versions(county).stream().map(PlanQueryController::answer).toList();
    }

    @Operation(summary = "One plan version's document, as adopted",
            description = "The plan document (schema plan-document.schema.json): its rules in order, each with "
                    + "the paragraph it comes from.")
    @GetMapping("/counties/{county}/plans/{version}")
    JsonNode document(@PathVariable String county, @PathVariable String version) {
        requireCounty(county);
        return history.version(county, version).filter(adopted -> adopted.document() != null)
                .map(adopted -> JSON.readTree(adopted.document()))
                .orElseThrow(() -> NotFound.of("plan " + version + " of " + county));
    }

    @Operation(summary = "What changed from one adopted plan version to another, rule by rule",
            description = "Rules matched by id, in the later version's order: each rule added, removed, moved or "
                    + "with a changed field, and the plan's own fields (years, source), with the values before "
                    + "and after as JSON.")
    @GetMapping("/counties/{county}/plans/comparison")
    PlanComparisonAnswer compare(@PathVariable String county,
                                 @Parameter(description = "the earlier version", example = "2026-01-15")
                                 @RequestParam String from,
                                 @Parameter(description = "the later version", example = "2027-06-10")
                                 @RequestParam String to) {
        requireCounty(county);
        PlanComparison comparison = PlanComparison.of(documentOf(county, from), documentOf(county, to));
        return new PlanComparisonAnswer(comparison.fromVersion(), comparison.toVersion(), comparison.changes()
                .stream().map(change -> new PlanComparisonAnswer.Change(change.subject(), change.kind(),
                        change.field(), change.before(), change.after())).toList());
    }

    private String documentOf(String county, String version) {
        return history.version(county, version).map(AdoptedVersion::document)
                .orElseThrow(() -> NotFound.of("plan " + version + " of " + county));
    }

    private static void requireCounty(String county) {
        if (!CurrentActor.get().covers(county)) {
            throw NotFound.of("plans of " + county);
        }
    }

    private static PlanVersionAnswer answer(AdoptedVersion adopted) {
        if (adopted.document() == null) {
            return new PlanVersionAnswer(adopted.version(), adopted.revises(), null, null, null,
                    adopted.recordedAt(), List.of());
        }
        LongTermPlan plan = PlanDocuments.read(adopted.document());
        List<String> rules = new ArrayList<>();
        JSON.readTree(adopted.document()).get("rules").forEach(rule -> rules.add(rule.get("id").asString()));
        return new PlanVersionAnswer(adopted.version(), adopted.revises(), plan.adoptedOn(), plan.firstBudgetYear(),
                plan.lastBudgetYear(), adopted.recordedAt(), rules);
    }
}
