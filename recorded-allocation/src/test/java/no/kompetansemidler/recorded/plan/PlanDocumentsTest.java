package no.kompetansemidler.recorded.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import no.kompetansemidler.allocation.AllocationEngine;
import no.kompetansemidler.allocation.input.AllocationInput;
import no.kompetansemidler.allocation.input.KeyFigure;
import no.kompetansemidler.allocation.input.Network;
import no.kompetansemidler.allocation.input.YearlyDecisions;
import no.kompetansemidler.allocation.money.Share;
import no.kompetansemidler.allocation.plans.Innlandet;
import no.kompetansemidler.allocation.plans.LongTermPlan;
import no.kompetansemidler.allocation.plans.PlanCatalogue;
import no.kompetansemidler.allocation.plans.Troms;
import no.kompetansemidler.allocation.plans.Trondelag;
import no.kompetansemidler.allocation.rules.RankedPartnershipSelection;
import no.kompetansemidler.allocation.rules.RankedPartnershipSelection.Pot;
import no.kompetansemidler.allocation.rules.RankedPartnershipSelection.Theme;
import no.kompetansemidler.allocation.rules.TargetGroupFrames;
import no.kompetansemidler.recorded.plan.PlanDocuments.InvalidPlanDocument;
import no.kompetansemidler.recorded.plan.PlanDocuments.Problem;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Plans as documents: the shipped documents of the seeds' plans read into exactly the rules the engine has compiled
 * in (so a proposal computed from a document has the same fingerprint), and a malformed document is refused with
 * every problem, each with its JSON path and rule. The published JSON Schema agrees with the reader on both.
 */
class PlanDocumentsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Schema SCHEMA;

    static {
        InputStream in = PlanDocumentsTest.class.getClassLoader()
                .getResourceAsStream("plans/plan-document.schema.json");
        SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }

    @Test
    void the_seeds_plans_as_documents_are_the_rules_the_engine_applies() {
        assertThat(PlanDocuments.read(PlanDocuments.resource("plans/innlandet-2026-01-15.json")))
                .isEqualTo(Innlandet.plan2026());
        assertThat(PlanDocuments.read(PlanDocuments.resource("plans/troms-2026-2029.json")))
                .isEqualTo(Troms.plan2026());
        assertThat(PlanDocuments.read(PlanDocuments.resource("plans/trondelag-2023-01-12.json")))
                .isEqualTo(Trondelag.plan2023());
        assertThat(PlanDocuments.STANDARD.stream().map(PlanDocuments::resource).map(PlanDocuments::read).toList())
                .containsExactlyElementsOf(PlanCatalogue.standard().plans());
    }

    @Test
    void a_proposal_from_a_document_has_the_fingerprint_of_the_compiled_plan() {
        LongTermPlan fromDocument = PlanDocuments.read(PlanDocuments.resource("plans/trondelag-2023-01-12.json"));
        AllocationInput input = new AllocationInput(1_000_000_000L, 0, 0, List.of(
                new Network("namdal", Map.of(KeyFigure.PUPILS_AND_CHILDREN, 6000L)),
                new Network("fosen", Map.of(KeyFigure.PUPILS_AND_CHILDREN, 3000L))), List.of(), List.of(),
                new YearlyDecisions(Map.of("common-measures", Share.percent("5")),
                        Map.of("base-grant", 100_000_000L)));

        assertThat(AllocationEngine.allocate(fromDocument, input).inputFingerprint())
                .isEqualTo(AllocationEngine.allocate(Trondelag.plan2023(), input).inputFingerprint());
    }

    @Test
    void the_shipped_documents_keep_the_published_schema() {
        assertThat(PlanDocuments.SHIPPED).containsAll(PlanDocuments.STANDARD).hasSize(7);
        for (String name : PlanDocuments.SHIPPED) {
            assertThat(SCHEMA.validate(JSON.readTree(PlanDocuments.resource(name)))).as(name).isEmpty();
        }
    }

    @Test
    void rogaland_sets_30_percent_aside_for_facilitation_8_021_700_kroner_of_its_2025_26_funds() {
        // 8 021 700 kr is 30 % of a regional scheme of 26 739 000 kr; the other 18 717 300 kr by FTEs 3:1
        LongTermPlan rogaland = PlanDocuments.read(PlanDocuments.resource("plans/rogaland-2025-12-05.json"));
        AllocationInput input = new AllocationInput(2_673_900_000L, 0, 0, List.of(
                new Network("sor", Map.of(KeyFigure.FULL_TIME_EQUIVALENTS, 300_00L)),
                new Network("nord", Map.of(KeyFigure.FULL_TIME_EQUIVALENTS, 100_00L))), List.of(), List.of(),
                YearlyDecisions.NONE);

        assertThat(AllocationEngine.allocate(rogaland, input).lines())
                .extracting(line -> line.recipientId() + " " + line.amountOre())
                .containsExactlyInAnyOrder("tilretteleggingsmidler 802170000", "sor 1403797500", "nord 467932500");
    }

    @Test
    void nordlands_frames_are_the_years_figures_unless_the_document_states_them() {
        LongTermPlan nordland = PlanDocuments.read(PlanDocuments.resource("plans/nordland-2026.json"));
        assertThat(nordland.rules()).containsExactly(TargetGroupFrames.decidedYearly("target-group-frames"));

        ObjectNode document = (ObjectNode) JSON.readTree(PlanDocuments.resource("plans/nordland-2026.json"));
        rule(document, 0).putObject("framesOre").put("KINDERGARTEN", 1_100_000_000L).put("BOTH", 1L);
        assertThat(problems(document)).extracting(Problem::path, Problem::rule).containsExactly(
                org.assertj.core.groups.Tuple.tuple("$.rules[0].framesOre.BOTH", "known-target-group"));
    }

    @Test
    void an_unknown_rule_type_is_refused_with_its_path() {
        ObjectNode document = innlandet();
        rule(document, 2).put("type", "pro-rata-by-vibes");

        assertThat(problems(document)).contains(
                new Problem("$.rules[2].type", "known-rule-type", "one of " + PlanDocuments.ruleTypes()));
        assertThat(SCHEMA.validate(document)).isNotEmpty();
    }

    @Test
    void a_share_above_100_percent_and_shares_adding_up_above_it_are_refused() {
        ObjectNode document = innlandet();
        rule(document, 4).put("networkCapPercent", "140");
        rule(document, 2).put("sharePercent", "95");

        assertThat(problems(document)).extracting(Problem::path, Problem::rule).contains(
                org.assertj.core.groups.Tuple.tuple("$.rules[4].networkCapPercent", "share-in-percent"),
                org.assertj.core.groups.Tuple.tuple("$.rules", "shares-within-whole"));
        assertThat(SCHEMA.validate(document)).isNotEmpty();
    }

    @Test
    void a_negative_base_grant_is_refused() {
        ObjectNode document = (ObjectNode) JSON.readTree(PlanDocuments.resource("plans/trondelag-2023-01-12.json"));
        rule(document, 1).put("amountPerNetworkOre", -100);

        assertThat(problems(document)).extracting(Problem::path, Problem::rule).containsExactly(
                org.assertj.core.groups.Tuple.tuple("$.rules[1].amountPerNetworkOre", "non-negative-amount"));
        assertThat(SCHEMA.validate(document)).isNotEmpty();
    }

    @Test
    void a_rule_without_the_paragraph_it_comes_from_is_refused() {
        ObjectNode document = innlandet();
        rule(document, 0).remove("citation");

        assertThat(problems(document)).extracting(Problem::path, Problem::rule).containsExactly(
                org.assertj.core.groups.Tuple.tuple("$.rules[0].citation", "required"));
        assertThat(SCHEMA.validate(document)).isNotEmpty();
    }

    @Test
    void another_countys_document_is_refused_for_this_county() {
        InvalidPlanDocument refused = catchThrowableOfType(InvalidPlanDocument.class, () ->
                PlanDocuments.readFor("Troms", PlanDocuments.resource("plans/innlandet-2026-01-15.json")));

        assertThat(refused.problems()).extracting(Problem::path, Problem::rule).containsExactly(
                org.assertj.core.groups.Tuple.tuple("$.county", "county-of-the-plan"));
    }

    @Test
    void unknown_properties_unknown_target_groups_and_a_year_order_are_refused_all_at_once() {
        ObjectNode document = innlandet();
        document.put("lastBudgetYear", 2020);
        document.put("approvedBy", "someone");
        ((ObjectNode) rule(document, 5).get("minimumsPercent")).put("ADULTS", "10");
        rule(document, 6).put("capPercent", "10");

        assertThat(problems(document)).extracting(Problem::path, Problem::rule).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("$.approvedBy", "unknown-property"),
                org.assertj.core.groups.Tuple.tuple("$.lastBudgetYear", "budget-years-in-order"),
                org.assertj.core.groups.Tuple.tuple("$.rules[5].minimumsPercent.ADULTS", "known-target-group"),
                org.assertj.core.groups.Tuple.tuple("$.rules[6].capPercent", "unknown-property"));
    }

    @Test
    void text_that_is_not_a_document_is_refused_not_thrown_as_anything_else() {
        assertThat(catchThrowableOfType(InvalidPlanDocument.class, () -> PlanDocuments.read("{\"county\": "))
                .problems()).extracting(Problem::rule).containsExactly("json");
        assertThat(catchThrowableOfType(InvalidPlanDocument.class, () -> PlanDocuments.read("[]"))
                .problems()).extracting(Problem::rule).containsExactly("object");
        assertThat(catchThrowableOfType(InvalidPlanDocument.class, () -> PlanDocuments.read("{}"))
                .problems()).extracting(Problem::path).containsExactly("$.county", "$.version", "$.source",
                "$.firstBudgetYear", "$.rules");
    }

    @Test
    void troms_read_as_its_text_says_ranks_themes_per_category_with_the_plans_tie_breakers() {
        LongTermPlan troms = PlanDocuments.read(PlanDocuments.resource("plans/troms-2026-2029.2.json"));

        RankedPartnershipSelection selection = (RankedPartnershipSelection) troms.rules().get(0);
        assertThat(selection.pots()).extracting(Pot::id, pot -> pot.share().toString(), Pot::widerTargetGroup)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("school", "35 %", false),
                        org.assertj.core.groups.Tuple.tuple("kindergarten", "35 %", false),
                        org.assertj.core.groups.Tuple.tuple("team-around-the-child", "30 %", true));
        assertThat(selection.pots().get(1).themes()).extracting(Theme::title)
                .containsExactly("Trygt og godt barnehagemiljø", "Livsmestring og helse", "Samisk");
        assertThat(selection.tieBreakers()).hasSize(10).contains("many-pupils-individually-adapted",
                "distance-to-university");
        assertThat(selection.coordinatorOnlyWhenJustified()).isTrue();
        assertThat(troms.rules()).hasSize(4);
    }

    @Test
    void a_malformed_ranked_selection_is_refused_with_every_path() {
        ObjectNode document = (ObjectNode) JSON.readTree(PlanDocuments.resource("plans/troms-2026-2029.2.json"));
        ObjectNode selection = rule(document, 0);
        ((ObjectNode) selection.get("pots").get(0)).putArray("targetGroups").add("ADULTS");
        ((ObjectNode) selection.get("pots").get(1)).put("id", "school");
        ((ObjectNode) selection.get("pots").get(2).get("themes").get(0)).remove("title");
        ((ObjectNode) selection.get("tieBreakers").get(0)).put("weight", 3);

        assertThat(problems(document)).extracting(Problem::path, Problem::rule).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("$.rules[0].pots[0].targetGroups[0]", "known-target-group"),
                org.assertj.core.groups.Tuple.tuple("$.rules[0].pots[1].id", "unique"),
                org.assertj.core.groups.Tuple.tuple("$.rules[0].pots[2].themes[0].title", "required"),
                org.assertj.core.groups.Tuple.tuple("$.rules[0].tieBreakers[0].weight", "unknown-property"),
                org.assertj.core.groups.Tuple.tuple("$.rules[0]", "rule-parameters"));
        assertThat(SCHEMA.validate(document)).isNotEmpty();

        ObjectNode above = (ObjectNode) JSON.readTree(PlanDocuments.resource("plans/troms-2026-2029.2.json"));
        ((ObjectNode) rule(above, 0).get("pots").get(0)).put("sharePercent", "50");
        assertThat(problems(above)).extracting(Problem::path, Problem::rule).containsExactly(
                org.assertj.core.groups.Tuple.tuple("$.rules[0]", "rule-parameters"));
    }

    private static ObjectNode innlandet() {
        return (ObjectNode) JSON.readTree(PlanDocuments.resource("plans/innlandet-2026-01-15.json"));
    }

    private static ObjectNode rule(JsonNode document, int index) {
        return (ObjectNode) document.get("rules").get(index);
    }

    private static List<Problem> problems(JsonNode document) {
        InvalidPlanDocument refused = catchThrowableOfType(InvalidPlanDocument.class,
                () -> PlanDocuments.read(document));
        assertThat(refused).as("refused").isNotNull();
        return refused.problems();
    }

    @Test
    void a_date_that_is_not_text_and_a_percent_with_a_leading_zero_are_problems_not_failures() {
        ObjectNode document = innlandet();
        document.putObject("adoptedOn");
        rule(document, 0).put("sharePercent", "010");

        assertThat(problems(document)).extracting(Problem::path, Problem::rule).containsExactly(
                org.assertj.core.groups.Tuple.tuple("$.adoptedOn", "date"),
                org.assertj.core.groups.Tuple.tuple("$.rules[0].sharePercent", "share-in-percent"));
        assertThat(SCHEMA.validate(document)).isNotEmpty();
    }
}
