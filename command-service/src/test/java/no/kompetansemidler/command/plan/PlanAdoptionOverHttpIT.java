package no.kompetansemidler.command.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import no.kompetansemidler.command.CommandServiceHttpTest;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PlanAdoptionOverHttpIT extends CommandServiceHttpTest {




    @Test
    void troms_adopts_its_plan_once_and_a_second_adoption_is_a_conflict() throws Exception {
        HttpResponse<String> adopted = post("/plans/troms/adoptions", "{\"version\": \"2026-2029\"}");

        assertThat(adopted.statusCode()).as(adopted.body()).isEqualTo(201);
        assertThat(jdbc.sql("SELECT payload FROM event_store.domain_event_entry WHERE aggregate_identifier = 'plans-troms'"
                + " AND payload_type = 'no.kompetansemidler.events.plan.PlanAdopted'").query(String.class).single())
                .contains("\"version\":\"2026-2029\"", "\"firstBudgetYear\":2026", "\"lastBudgetYear\":2029");

        HttpResponse<String> again = post("/plans/troms/adoptions", "{\"version\": \"2026-2029\"}");
        assertThat(again.statusCode()).isEqualTo(409);
        JsonNode problem = JSON.readTree(again.body());
        assertThat(problem.get("type").asString()).isEqualTo("urn:kompetansemidler:problem:plan-already-adopted");
        assertThat(problem.get("adoptedVersions").get(0).asString()).isEqualTo("2026-2029");
    }

    @Test
    void a_version_the_engine_has_no_rules_for_is_a_business_rule_refusal_that_names_the_field() throws Exception {
        long before = eventCount("plans-trondelag");
        HttpResponse<String> response = post("/plans/trondelag/adoptions", "{\"version\": \"2019-01-01\"}");

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("type").asString()).isEqualTo("urn:kompetansemidler:problem:unknown-plan-version");
        assertThat(problem.get("violations").get(0).get("field").asString()).isEqualTo("version");
        assertThat(problem.get("violations").get(0).get("message").asString()).contains("2023-01-12");
        assertThat(eventCount("plans-trondelag")).isEqualTo(before);
    }
}
