package no.kompetansemidler.command.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import no.kompetansemidler.allocation.plans.Innlandet;
import no.kompetansemidler.allocation.plans.LongTermPlan;
import no.kompetansemidler.allocation.plans.PlanCatalogue;
import no.kompetansemidler.command.refusal.CommandRefused;
import no.kompetansemidler.command.refusal.ExpectedVersion;
import no.kompetansemidler.command.refusal.Refusal;
import no.kompetansemidler.events.plan.PlanAdopted;
import no.kompetansemidler.events.plan.PlanRevised;
import no.kompetansemidler.recorded.plan.PlanDocuments;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CountyPlansTest {

    private static final PlanAdopted INNLANDET_2026 =
            new PlanAdopted("Innlandet", "2026-01-15", LocalDate.of(2026, 1, 15), 2026, 2029, null);
    private static final LongTermPlan REVISION = new LongTermPlan("Innlandet", "2027-06-10",
            LocalDate.of(2027, 6, 10), 2028, 2029, Innlandet.plan2026().rules());

    private AggregateTestFixture<CountyPlans> plans;

    @BeforeEach
    void setUp() {
        plans = new AggregateTestFixture<>(CountyPlans.class);
        plans.registerInjectableResource(new PlanCatalogue(List.of(Innlandet.plan2026(), REVISION)));
    }

    @Test
    void adopting_a_shipped_version_records_its_dates_years_and_document() {
        plans.givenNoPriorActivity()
                .when(AdoptPlan.of("Innlandet", "2026-01-15"))
                .expectEvents(new PlanAdopted("Innlandet", "2026-01-15", LocalDate.of(2026, 1, 15), 2026, 2029,
                        PlanDocuments.shipped("Innlandet", "2026-01-15").orElseThrow()));
    }

    @Test
    void a_plan_that_exists_only_as_a_document_is_adopted_with_it() {
        String document = PlanDocuments.resource("plans/innlandet-2026-01-15.json")
                .replace("\"version\": \"2026-01-15\"", "\"version\": \"2030-01-10\"")
                .replace("\"firstBudgetYear\": 2026", "\"firstBudgetYear\": 2030")
                .replace("\"lastBudgetYear\": 2029", "\"lastBudgetYear\": 2033");
        plans.given(INNLANDET_2026)
                .when(AdoptPlan.of("Innlandet", null, document, ExpectedVersion.ANY))
                .expectEvents(new PlanAdopted("Innlandet", "2030-01-10", LocalDate.of(2026, 1, 15), 2030, 2033,
                        PlanDocuments.canonical(document)));
    }

    @Test
    void a_version_without_rules_in_the_engine_is_refused() {
        plans.givenNoPriorActivity()
                .when(AdoptPlan.of("Innlandet", "2019-01-01"))
                .expectNoEvents()
                .expectException(Matchers.predicate(e -> refusal(e, Refusal.BUSINESS_RULE, "unknown-plan-version")));
    }

    @Test
    void adopting_the_same_version_twice_is_a_conflict() {
        plans.given(INNLANDET_2026)
                .when(AdoptPlan.of("Innlandet", "2026-01-15"))
                .expectNoEvents()
                .expectException(Matchers.predicate(e -> refusal(e, Refusal.CONFLICT, "plan-already-adopted")));
    }

    @Test
    void revising_an_adopted_version_records_the_new_one_in_its_place() {
        plans.given(INNLANDET_2026)
                .when(RevisePlan.of("Innlandet", "2027-06-10", "2026-01-15"))
                .expectEvents(new PlanRevised("Innlandet", "2027-06-10", "2026-01-15", LocalDate.of(2027, 6, 10),
                        2028, 2029, null));
    }

    @Test
    void only_an_adopted_version_can_be_revised() {
        plans.given(INNLANDET_2026)
                .when(RevisePlan.of("Innlandet", "2027-06-10", "2025-01-01"))
                .expectNoEvents()
                .expectException(Matchers.predicate(
                        e -> refusal(e, Refusal.BUSINESS_RULE, "revised-plan-not-adopted")));
    }

    @Test
    void a_revision_cannot_reuse_an_adopted_version() {
        plans.given(INNLANDET_2026, new PlanRevised("Innlandet", "2027-06-10", "2026-01-15",
                        LocalDate.of(2027, 6, 10), 2028, 2029, null))
                .when(RevisePlan.of("Innlandet", "2027-06-10", "2026-01-15"))
                .expectNoEvents()
                .expectException(Matchers.predicate(e -> refusal(e, Refusal.CONFLICT, "plan-already-adopted")));
    }

    @Test
    void a_revision_needs_a_version_the_engine_knows() {
        plans.given(INNLANDET_2026)
                .when(RevisePlan.of("Innlandet", "2031-01-01", "2026-01-15"))
                .expectNoEvents()
                .expectException(Matchers.predicate(e -> refusal(e, Refusal.BUSINESS_RULE, "unknown-plan-version")));
    }

    @Test
    void a_revision_with_the_current_version_in_if_match_applies() {
        plans.given(INNLANDET_2026)
                .when(RevisePlan.of("Innlandet", "2027-06-10", "2026-01-15", null, new ExpectedVersion(0L)))
                .expectEvents(new PlanRevised("Innlandet", "2027-06-10", "2026-01-15", LocalDate.of(2027, 6, 10),
                        2028, 2029, null));
    }

    @Test
    void a_revision_with_a_stale_version_in_if_match_is_refused() {
        plans.given(INNLANDET_2026)
                .when(RevisePlan.of("Innlandet", "2027-06-10", "2026-01-15", null, new ExpectedVersion(3L)))
                .expectNoEvents()
                .expectException(Matchers.predicate(e -> refusal(e, Refusal.STALE_VERSION, "stale-version")));
    }

    @Test
    void an_if_match_on_plans_that_do_not_exist_yet_is_stale() {
        plans.givenNoPriorActivity()
                .when(AdoptPlan.of("Innlandet", "2026-01-15", null, new ExpectedVersion(0L)))
                .expectNoEvents()
                .expectException(Matchers.predicate(e -> refusal(e, Refusal.STALE_VERSION, "stale-version")));
    }

    @Test
    void an_unknown_county_or_a_missing_version_is_invalid_input() {
        CommandRefused refused = org.assertj.core.api.Assertions.catchThrowableOfType(CommandRefused.class,
                () -> AdoptPlan.of("Lappland", " "));

        assertThat(refused.refusal()).isEqualTo(Refusal.INVALID_INPUT);
        assertThat(refused.violations()).extracting(violation -> violation.field() + ":" + violation.rule())
                .containsExactly("county:known-county", "version:required");
    }

    private static boolean refusal(Object exception, Refusal refusal, String code) {
        return exception instanceof CommandRefused refused && refused.refusal() == refusal
                && refused.code().equals(code);
    }
}
