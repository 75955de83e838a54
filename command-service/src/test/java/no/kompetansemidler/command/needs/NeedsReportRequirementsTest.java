package no.kompetansemidler.command.needs;

import static no.kompetansemidler.command.testkit.RoundScenario.ANY;
import static no.kompetansemidler.command.testkit.RoundScenario.BERGEN;
import static no.kompetansemidler.command.testkit.RoundScenario.BERGEN_REPORTED;
import static no.kompetansemidler.command.testkit.RoundScenario.CLOSED;
import static no.kompetansemidler.command.testkit.RoundScenario.FRAME;
import static no.kompetansemidler.command.testkit.RoundScenario.ROUND;
import static no.kompetansemidler.command.testkit.RoundScenario.SUNNFJORD_REPORTED;
import static no.kompetansemidler.command.testkit.RoundScenario.TEMPLATE_SENT;
import static no.kompetansemidler.command.testkit.RoundScenario.filed;

import java.util.List;
import java.util.Map;

import no.kompetansemidler.command.proposal.DraftProposal;
import no.kompetansemidler.command.refusal.CommandRefused;
import no.kompetansemidler.command.refusal.Refusal;
import no.kompetansemidler.command.round.Round;
import no.kompetansemidler.command.testkit.Refused;
import no.kompetansemidler.command.testkit.RoundScenario;
import no.kompetansemidler.events.needs.DocumentReference;
import no.kompetansemidler.events.needs.Measure;
import no.kompetansemidler.events.needs.NeedsAssessment;
import no.kompetansemidler.events.needs.NeedsReportAmended;
import no.kompetansemidler.events.needs.NeedsReportCoSigned;
import no.kompetansemidler.events.needs.NeedsReportContent;
import no.kompetansemidler.events.needs.NeedsReportSubmitted;
import no.kompetansemidler.events.needs.Partner;
import no.kompetansemidler.events.needs.PartnerKind;
import no.kompetansemidler.events.needs.TargetGroup;
import no.kompetansemidler.events.round.RoundOpened;
import no.kompetansemidler.recorded.plan.PlanDocuments;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.Test;

/**
 * The full needs report (§ 11 and the plans): what the round's plan requires is refused when missing, each missing
 * part named; the same parts are optional under a plan that does not ask for them; where the plan asks for the
 * partnership's joint report, the proposal waits for the partner's co-signature.
 */
class NeedsReportRequirementsTest {

    private static final String TROMS_ROUND = "troms-2027";
    private static final RoundOpened TROMS = opened(TROMS_ROUND, "Troms", "2026-2029.2",
            "plans/troms-2026-2029.2.json");
    private static final RoundOpened INNLANDET = opened("innlandet-2027", "Innlandet", "2026-01-15.2",
            "plans/innlandet-2026-01-15.2.json");
    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    /** A report asking for coordinator funds, with no assessment at all. */
    private static final NeedsReportContent BARE = new NeedsReportContent(List.of("Tromsø kommune"),
            List.of(new Partner("UiT Norges arktiske universitet", PartnerKind.UNIVERSITY_OR_COLLEGE)),
            TargetGroup.SCHOOL, List.of("trygt skolemiljø"),
            List.of(new Measure("Trygge klasserom", 2, 200_000L, 300_000L, 50_000L, 0L)),
            "Skoleledere deltar i alle samlinger", "Samisk innhold i materiellet", 0L, false, 0);

    private final AggregateTestFixture<Round> round = RoundScenario.fixture();

    private static RoundOpened opened(String roundId, String county, String version, String document) {
        return new RoundOpened(roundId, county, 2027, FRAME, version,
                PlanDocuments.canonical(PlanDocuments.resource(document)));
    }

    @Test
    void troms_refuses_a_report_without_goals_or_how_the_experience_reaches_teacher_education() {
        round.given(TROMS, TEMPLATE_SENT)
                .when(new SubmitNeedsReport(TROMS_ROUND, BERGEN, BARE, ANY))
                .expectNoEvents()
                .expectException(Matchers.predicate(exception -> exception instanceof CommandRefused refused
                        && refused.violations().stream().map(violation -> violation.field()).toList().equals(List.of(
                        "content.assessment.longTermGoals", "content.assessment.subGoals",
                        "content.assessment.teacherEducation"))));
    }

    @Test
    void each_missing_part_is_named_with_the_plan_that_asks_for_it_and_nothing_else_is() {
        round.given(INNLANDET, TEMPLATE_SENT)
                .when(new SubmitNeedsReport("innlandet-2027", BERGEN, BARE, ANY))
                .expectNoEvents()
                .expectException(Matchers.predicate(exception -> exception instanceof CommandRefused refused
                        && refused.violations().stream().map(violation -> violation.field() + " " + violation.rule())
                        .toList().equals(List.of("content.assessment.needsAndPlan required-by-plan",
                                "content.assessment.staffInvolvement required-by-plan",
                                "content.assessment.localCompetencePlan required-by-plan",
                                "content.coordinatorGrounds required-by-plan"))
                        && refused.violations().get(0).message().contains("Innlandet plan 2026-01-15.2")
                        && refused.violations().get(0).message().contains("behovsvurdering")));
    }

    @Test
    void a_complete_report_is_filed_with_its_assessment() {
        NeedsReportContent complete = complete();

        round.given(TROMS, TEMPLATE_SENT)
                .when(new SubmitNeedsReport(TROMS_ROUND, BERGEN, complete, ANY))
                .expectEvents(new NeedsReportSubmitted(TROMS_ROUND, "bergen-1", BERGEN, filed(complete)));
    }

    @Test
    void a_plan_that_asks_for_none_of_it_files_the_bare_report_but_a_given_part_must_still_be_well_formed() {
        round.given(RoundScenario.OPENED, TEMPLATE_SENT)
                .when(new SubmitNeedsReport(ROUND, BERGEN, BARE, ANY))
                .expectEvents(new NeedsReportSubmitted(ROUND, "bergen-1", BERGEN, filed(BARE)));
        round.given(RoundScenario.OPENED, TEMPLATE_SENT)
                .when(new SubmitNeedsReport(ROUND, BERGEN, BARE.withAssessment(new NeedsAssessment(" ", null,
                        List.of(""), List.of(), null, new DocumentReference("2026/1", "Plan", "not-a-hash"),
                        List.of(new DocumentReference(null, "Vedlegg", SHA.toUpperCase())))), ANY))
                .expectNoEvents()
                .expectException(Refused.invalid("content.assessment.needsAndPlan",
                        "content.assessment.longTermGoals[0]", "content.assessment.localCompetencePlan.sha256",
                        "content.assessment.attachments[0].documentId",
                        "content.assessment.attachments[0].sha256"));
    }

    @Test
    void where_the_plan_asks_for_the_joint_report_the_proposal_waits_for_every_co_signature() {
        NeedsReportCoSigned bergenSigned = new NeedsReportCoSigned(ROUND, "bergen-1", BERGEN, "UiT");
        DraftProposal draft = new DraftProposal(TROMS_ROUND, List.of(), List.of(), Map.of(), Map.of(), List.of(), ANY);

        round.given(TROMS, TEMPLATE_SENT, BERGEN_REPORTED, SUNNFJORD_REPORTED, CLOSED, bergenSigned)
                .when(draft)
                .expectNoEvents()
                .expectException(Matchers.predicate(exception -> exception instanceof CommandRefused refused
                        && refused.refusal() == Refusal.BUSINESS_RULE && refused.code().equals("co-signature-missing")
                        && refused.getMessage().contains("sunnfjord-1") && !refused.getMessage().contains("bergen-1")));

        // signed by both, the proposal goes on to its own rules (here: the key figures it lacks)
        round.given(TROMS, TEMPLATE_SENT, BERGEN_REPORTED, SUNNFJORD_REPORTED, CLOSED, bergenSigned,
                        new NeedsReportCoSigned(ROUND, "sunnfjord-1", "sunnfjord", "UiT"))
                .when(draft)
                .expectNoEvents()
                .expectException(Refused.invalid("networks"));
    }

    @Test
    void a_report_changed_after_it_was_co_signed_needs_signing_again() {
        round.given(TROMS, TEMPLATE_SENT, BERGEN_REPORTED, new NeedsReportCoSigned(ROUND, "bergen-1", BERGEN, "UiT"),
                        new NeedsReportAmended(ROUND, "bergen-1", BERGEN, BERGEN_REPORTED.content()), CLOSED)
                .when(new DraftProposal(TROMS_ROUND, List.of(), List.of(), Map.of(), Map.of(), List.of(), ANY))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.BUSINESS_RULE, "co-signature-missing"));
    }

    private static NeedsReportContent complete() {
        NeedsReportContent content = new NeedsReportContent(BARE.owners(), BARE.partners(), BARE.targetGroup(),
                BARE.themes(), BARE.measures(), BARE.ownContribution(), BARE.samiPerspectives(), 0L, false, 0,
                List.of(), null, null, null);
        return content.withAssessment(new NeedsAssessment(null, null,
                List.of("Alle elever opplever et trygt skolemiljø"), List.of("Felles klasseledelse innen 2028"),
                "UiT bruker casene i grunnskolelærerutdanningens praksisemner", null, List.of()));
    }
}
