package no.kompetansemidler.command.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import no.kompetansemidler.allocation.plans.Innlandet;
import no.kompetansemidler.allocation.plans.LongTermPlan;
import no.kompetansemidler.allocation.plans.PlanCatalogue;
import no.kompetansemidler.command.CommandServiceHttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/** Optimistic concurrency over HTTP: ETag on every answer, 412 for a stale If-Match, never a lost update. */
@Import(PlanRevisionConcurrencyIT.RevisableInnlandet.class)
class PlanRevisionConcurrencyIT extends CommandServiceHttpTest {

    @TestConfiguration
    static class RevisableInnlandet {
        /** Innlandet with three later revisions, so revisions can compete. */
        @Bean
        @Primary
        PlanCatalogue revisableCatalogue() {
            return new PlanCatalogue(List.of(Innlandet.plan2026(), revision("2027-06-10"), revision("2027-09-01"),
                    revision("2027-10-01")));
        }

        private static LongTermPlan revision(String version) {
            return new LongTermPlan("Innlandet", version, LocalDate.parse(version), 2028, 2029,
                    Innlandet.plan2026().rules());
        }
    }

    @Test
    void each_answer_carries_the_version_and_a_stale_if_match_is_refused_without_a_change() throws Exception {
        HttpResponse<String> adopted = post("/plans/innlandet/adoptions", "{\"version\": \"2026-01-15\"}");
        assertThat(adopted.statusCode()).as(adopted.body()).isEqualTo(201);
        assertThat(adopted.headers().firstValue("ETag")).hasValue("\"0\"");

        HttpResponse<String> revised = revise("2027-06-10", "\"0\"");
        assertThat(revised.statusCode()).as(revised.body()).isEqualTo(201);
        assertThat(revised.headers().firstValue("ETag")).hasValue("\"1\"");

        HttpResponse<String> stale = revise("2027-09-01", "\"0\"");
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(stale.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(stale.body()).get("type").asString())
                .isEqualTo("urn:kompetansemidler:problem:stale-version");
        assertThat(JSON.readTree(stale.body()).get("currentVersion").asLong()).isEqualTo(1);
        assertThat(eventCount("plans-innlandet")).isEqualTo(2);

        // two clients holding the same ETag: one wins, the other is told its view is stale
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<HttpResponse<String>>> rivals = List.of("2027-09-01", "2027-10-01").stream()
                .map(version -> CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                        return revise(version, "\"1\"");
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })).toList();
        start.countDown();
        List<Integer> statuses = rivals.stream().map(CompletableFuture::join).map(HttpResponse::statusCode)
                .sorted().toList();

        assertThat(statuses).containsExactly(201, 412);
        assertThat(eventCount("plans-innlandet")).isEqualTo(3);
    }

    @Test
    void an_if_match_that_is_not_an_etag_is_invalid_input() throws Exception {
        HttpResponse<String> response = post("/plans/innlandet/revisions",
                "{\"version\": \"2027-10-01\", \"revises\": \"2026-01-15\"}", "If-Match", "yesterday");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("violations").get(0).get("field").asString())
                .isEqualTo("If-Match");
    }

    private HttpResponse<String> revise(String version, String ifMatch) throws Exception {
        return post("/plans/innlandet/revisions",
                "{\"version\": \"" + version + "\", \"revises\": \"2026-01-15\"}", "If-Match", ifMatch);
    }
}
