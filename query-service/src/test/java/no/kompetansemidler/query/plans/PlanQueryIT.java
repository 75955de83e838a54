package no.kompetansemidler.query.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import no.kompetansemidler.events.plan.PlanAdopted;
import no.kompetansemidler.events.plan.PlanRevised;
import no.kompetansemidler.query.testkit.QueryServiceHttpTest;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A county's plan versions over HTTP, read from its plan events: listed in adoption order for every role of the
 * county, each document as adopted, two versions compared rule by rule; another county's plans do not exist for
 * the caller, and a version adopted before plans were documents shows the document the system ships for it.
 */
class PlanQueryIT extends QueryServiceHttpTest {

    private static final String OSLO_2031 = """
            {"county": "Oslo", "version": "2031-01-10", "adoptedOn": "2031-01-10", "firstBudgetYear": 2031,
             "lastBudgetYear": null, "source": "Plan for this test",
             "rules": [{"type": "set-aside", "id": "common-measures", "purpose": "COMMON_MEASURES",
                        "sharePercent": "10", "recipientId": "oslomet", "citation": "Punkt 1"},
                       {"type": "pro-rata-key", "id": "fte-key", "keyFigure": "FULL_TIME_EQUIVALENTS",
                        "citation": "Punkt 2"}]}""";

    @BeforeAll
    void plansOfTwoCounties() {
        String revised = OSLO_2031.replace("2031-01-10", "2032-01-12").replace("\"10\"", "\"12\"")
                .replace("2031,", "2032,");
        eventStore.publish(new GenericDomainEventMessage<>("CountyPlans", "plans-oslo", 0, new PlanAdopted("Oslo",
                "2031-01-10", LocalDate.of(2031, 1, 10), 2031, null, JSON.readTree(OSLO_2031).toString())));
        eventStore.publish(new GenericDomainEventMessage<>("CountyPlans", "plans-oslo", 1, new PlanRevised("Oslo",
                "2032-01-12", "2031-01-10", LocalDate.of(2032, 1, 12), 2032, null, JSON.readTree(revised).toString())));
        // recorded before plans were documents
        eventStore.publish(new GenericDomainEventMessage<>("CountyPlans", "plans-innlandet", 0, new PlanAdopted(
                "Innlandet", "2026-01-15", LocalDate.of(2026, 1, 15), 2026, 2029, null)));
    }

    @Test
    void every_role_of_the_county_lists_its_plan_versions_in_adoption_order() throws Exception {
        for (String role : List.of("administrator", "forum-member", "network-representative", "university-partner",
                "auditor")) {
            HttpResponse<String> response = get("/counties/oslo/plans", token(role, "oslo"));
            assertThat(response.statusCode()).as(role + ": " + response.body()).isEqualTo(200);
            JsonNode versions = JSON.readTree(response.body());
            assertThat(versions).extracting(version -> version.get("version").asString())
                    .containsExactly("2031-01-10", "2032-01-12");
            assertThat(versions.get(1).get("revises").asString()).isEqualTo("2031-01-10");
            assertThat(versions.get(1).get("rules")).extracting(JsonNode::asString)
                    .containsExactly("common-measures", "fte-key");
        }
    }

    @Test
    void a_version_is_answered_with_its_document_and_two_versions_are_compared_rule_by_rule() throws Exception {
        String oslo = token("forum-member", "oslo");
        JsonNode document = JSON.readTree(get("/counties/oslo/plans/2031-01-10", oslo).body());
        assertThat(document.get("rules").get(0).get("citation").asString()).isEqualTo("Punkt 1");

        HttpResponse<String> compared = get("/counties/oslo/plans/comparison?from=2031-01-10&to=2032-01-12", oslo);
        assertThat(compared.statusCode()).as(compared.body()).isEqualTo(200);
        assertThat(JSON.readTree(compared.body()).get("changes")).extracting(change ->
                change.get("subject").asString() + " " + change.get("field").asString() + " "
                        + change.get("before").asString() + " -> " + change.get("after").asString())
                .containsExactly("plan adoptedOn \"2031-01-10\" -> \"2032-01-12\"",
                        "plan firstBudgetYear 2031 -> 2032",
                        "common-measures sharePercent \"10\" -> \"12\"");
    }

    @Test
    void a_version_recorded_before_plans_were_documents_shows_the_shipped_document() throws Exception {
        HttpResponse<String> response = get("/counties/innlandet/plans/2026-01-15", token("auditor", "innlandet"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("rules").get(0).get("recipientId").asString())
                .isEqualTo("inn");
    }

    @Test
    void another_countys_plans_and_an_unknown_version_do_not_exist_and_a_request_without_a_token_is_refused()
            throws Exception {
        assertThat(get("/counties/oslo/plans", token("administrator", "agder")).statusCode()).isEqualTo(404);
        assertThat(get("/counties/oslo/plans/2031-01-10", token("auditor", "agder")).statusCode()).isEqualTo(404);
        assertThat(get("/counties/oslo/plans/1999", token("administrator", "oslo")).statusCode()).isEqualTo(404);
        assertThat(get("/counties/oslo/plans/comparison?from=2031-01-10&to=1999", token("administrator", "oslo"))
                .statusCode()).isEqualTo(404);
        assertThat(get("/counties/oslo/plans", null).statusCode()).isEqualTo(401);
    }


}
