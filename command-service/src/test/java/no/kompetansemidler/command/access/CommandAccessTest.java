package no.kompetansemidler.command.access;

import static no.kompetansemidler.command.testkit.RoundScenario.ANY;
import static no.kompetansemidler.command.testkit.RoundScenario.BERGEN;
import static no.kompetansemidler.command.testkit.RoundScenario.BERGEN_REPORTED;
import static no.kompetansemidler.command.testkit.RoundScenario.DECISION;
import static no.kompetansemidler.command.testkit.RoundScenario.OPENED;
import static no.kompetansemidler.command.testkit.RoundScenario.ROUND;
import static no.kompetansemidler.command.testkit.RoundScenario.SUNNFJORD;
import static no.kompetansemidler.command.testkit.RoundScenario.SUNNFJORD_REPORTED;
import static no.kompetansemidler.command.testkit.RoundScenario.TEMPLATE_SENT;
import static no.kompetansemidler.command.testkit.RoundScenario.filed;
import static no.kompetansemidler.command.testkit.RoundScenario.needs;

import java.util.List;
import java.util.Map;

import no.kompetansemidler.access.Actor;
import no.kompetansemidler.access.Role;
import no.kompetansemidler.command.needs.AmendNeedsReport;
import no.kompetansemidler.command.needs.CoSignNeedsReport;
import no.kompetansemidler.command.needs.SubmitNeedsReport;
import no.kompetansemidler.command.needs.WithdrawNeedsReport;
import no.kompetansemidler.command.refusal.Refusal;
import no.kompetansemidler.command.reporting.SubmitReport;
import no.kompetansemidler.command.round.CloseRound;
import no.kompetansemidler.command.round.OpenRound;
import no.kompetansemidler.command.round.ReviseBudgetFrame;
import no.kompetansemidler.command.round.Round;
import no.kompetansemidler.command.testkit.Actors;
import no.kompetansemidler.command.testkit.Refused;
import no.kompetansemidler.command.testkit.RoundScenario;
import no.kompetansemidler.events.needs.NeedsReportAmended;
import no.kompetansemidler.events.needs.NeedsReportCoSigned;
import no.kompetansemidler.events.needs.NeedsReportContent;
import no.kompetansemidler.events.needs.NeedsReportSubmitted;
import no.kompetansemidler.events.needs.TargetGroup;
import no.kompetansemidler.events.reporting.AccountLine;
import no.kompetansemidler.events.reporting.FundsUsed;
import no.kompetansemidler.events.reporting.GoalAssessment;
import no.kompetansemidler.events.round.BudgetFrameRevised;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CommandAccessTest {

    private static final NeedsReportContent NEEDS = needs(TargetGroup.SCHOOL, 1, 100_000L, 100_000L);

    private final AggregateTestFixture<Round> round = RoundScenario.fixture();

    @Test
    void a_network_representative_submits_and_amends_for_their_own_network() {
        round.given(OPENED, TEMPLATE_SENT)
                .when(new SubmitNeedsReport(ROUND, BERGEN, NEEDS, ANY), bergen())
                .expectEvents(new NeedsReportSubmitted(ROUND, "bergen-1", BERGEN, filed(NEEDS)));
        round.given(OPENED, TEMPLATE_SENT, BERGEN_REPORTED)
                .when(new AmendNeedsReport(ROUND, "bergen-1", NEEDS, ANY), bergen())
                .expectEvents(new NeedsReportAmended(ROUND, "bergen-1", BERGEN, filed(NEEDS)));
    }

    @Test
    void a_university_partner_co_signs_its_partnerships_report_once_in_the_name_of_its_organisation() {
        Actor partner = new Actor("uib-1", Role.UNIVERSITY_PARTNER, "Universitetet i Bergen", "vestland",
                List.of(BERGEN));
        round.given(OPENED, TEMPLATE_SENT, BERGEN_REPORTED)
                .when(new CoSignNeedsReport(ROUND, "bergen-1", ANY), Actors.metadata(partner))
                .expectEvents(new NeedsReportCoSigned(ROUND, "bergen-1", BERGEN, "Universitetet i Bergen"));
        round.given(OPENED, TEMPLATE_SENT, BERGEN_REPORTED,
                        new NeedsReportCoSigned(ROUND, "bergen-1", BERGEN, "Universitetet i Bergen"))
                .when(new CoSignNeedsReport(ROUND, "bergen-1", ANY), Actors.metadata(partner))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.CONFLICT, "already-co-signed"));
    }

    @Test
    void a_university_partner_finds_no_report_of_another_partnership_and_no_one_else_co_signs() {
        Actor otherPartner = new Actor("hvl-1", Role.UNIVERSITY_PARTNER, "Høgskulen på Vestlandet", "vestland",
                List.of(SUNNFJORD));
        round.given(OPENED, TEMPLATE_SENT, BERGEN_REPORTED)
                .when(new CoSignNeedsReport(ROUND, "bergen-1", ANY), Actors.metadata(otherPartner))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.NOT_FOUND, "needs-report-not-found"));
        round.given(OPENED, TEMPLATE_SENT, BERGEN_REPORTED)
                .when(new CoSignNeedsReport(ROUND, "bergen-1", ANY), bergen())
                .expectNoEvents()
                .expectException(Refused.with(Refusal.FORBIDDEN, "forbidden"));
    }

    @Test
    void a_network_representative_cannot_submit_for_another_network() {
        round.given(OPENED, TEMPLATE_SENT)
                .when(new SubmitNeedsReport(ROUND, SUNNFJORD, NEEDS, ANY), bergen())
                .expectNoEvents()
                .expectException(Refused.with(Refusal.FORBIDDEN, "not-your-network"));
    }

    @Test
    void another_networks_report_is_as_if_it_did_not_exist() {
        round.given(OPENED, TEMPLATE_SENT, SUNNFJORD_REPORTED)
                .when(new AmendNeedsReport(ROUND, "sunnfjord-1", NEEDS, ANY), bergen())
                .expectNoEvents()
                .expectException(Refused.with(Refusal.NOT_FOUND, "needs-report-not-found"));
        round.given(OPENED, TEMPLATE_SENT, SUNNFJORD_REPORTED)
                .when(new WithdrawNeedsReport(ROUND, "sunnfjord-1", "Feil", ANY), bergen())
                .expectNoEvents()
                .expectException(Refused.with(Refusal.NOT_FOUND, "needs-report-not-found"));
    }

    @Test
    void a_network_representative_reports_only_on_their_own_grant() {
        round.given(DECISION)
                .when(new SubmitReport(ROUND, SUNNFJORD, List.of("x"), new FundsUsed(400_000L, 0L, 0L), 0L,
                        List.of(new AccountLine("Kurs", 400_000L)), new GoalAssessment("a", "b", "c", "d", "e"), ANY),
                        bergen())
                .expectNoEvents()
                .expectException(Refused.with(Refusal.NOT_FOUND, "grant-not-found"));
    }

    @Test
    void a_network_representative_issues_no_administrators_command() {
        round.given(DECISION)
                .when(new CloseRound(ROUND, ANY), bergen())
                .expectNoEvents()
                .expectException(Refused.with(Refusal.FORBIDDEN, "forbidden"));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"FORUM_MEMBER", "UNIVERSITY_PARTNER", "AUDITOR"})
    void readers_issue_no_workflow_command(Role role) {
        round.given(OPENED)
                .when(new ReviseBudgetFrame(ROUND, 1L, "Udir", ANY), Actors.metadata(Actors.withRole(role,
                        "vestland")))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.FORBIDDEN, "forbidden"));
    }

    @Test
    void another_countys_round_is_as_if_it_did_not_exist() {
        round.given(OPENED)
                .when(new ReviseBudgetFrame(ROUND, 1L, "Udir", ANY), Actors.metadata(Actors.administrator("troms")))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.NOT_FOUND, "not-found"));
    }

    @Test
    void only_the_countys_administrator_opens_its_round() {
        round.givenNoPriorActivity()
                .when(OpenRound.of("Vestland", 2027, 1L), Actors.metadata(Actors.administrator("troms")))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.FORBIDDEN, "forbidden"));
    }

    @Test
    void a_command_without_an_actor_is_refused() {
        AggregateTestFixture<Round> anonymous = new AggregateTestFixture<>(Round.class);
        anonymous.given(OPENED)
                .when(new ReviseBudgetFrame(ROUND, 1L, "Udir", ANY))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.FORBIDDEN, "no-actor"));
    }

    @Test
    void the_administrator_of_the_county_may() {
        round.given(OPENED)
                .when(new ReviseBudgetFrame(ROUND, 1_500_000L, "Udir", ANY),
                        Actors.metadata(Actors.administrator("vestland")))
                .expectEvents(new BudgetFrameRevised(ROUND, 1_500_000L, 1_000_000L, "Udir"));
    }

    private static Map<String, String> bergen() {
        return Actors.metadata(Actors.networkRepresentative("vestland", BERGEN));
    }
}
