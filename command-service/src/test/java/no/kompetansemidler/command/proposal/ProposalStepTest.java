package no.kompetansemidler.command.proposal;

import static no.kompetansemidler.command.testkit.RoundScenario.ANY;
import static no.kompetansemidler.command.testkit.RoundScenario.BERGEN_LINE;
import static no.kompetansemidler.command.testkit.RoundScenario.DEADLINE;
import static no.kompetansemidler.command.testkit.RoundScenario.NEEDS_CLOSED;
import static no.kompetansemidler.command.testkit.RoundScenario.OPENED;
import static no.kompetansemidler.command.testkit.RoundScenario.PROPOSAL;
import static no.kompetansemidler.command.testkit.RoundScenario.PROPOSED;
import static no.kompetansemidler.command.testkit.RoundScenario.ROUND;
import static no.kompetansemidler.command.testkit.RoundScenario.SUNNFJORD_LINE;
import static no.kompetansemidler.command.testkit.RoundScenario.TEMPLATE_SENT;
import static no.kompetansemidler.command.testkit.RoundScenario.needs;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import no.kompetansemidler.command.refusal.Refusal;
import no.kompetansemidler.command.round.Round;
import no.kompetansemidler.command.testkit.Refused;
import no.kompetansemidler.command.testkit.RoundScenario;
import no.kompetansemidler.events.needs.NeedsReportSubmitted;
import no.kompetansemidler.events.needs.NeedsSubmissionClosed;
import no.kompetansemidler.events.needs.NeedsTemplateSent;
import no.kompetansemidler.events.needs.TargetGroup;
import no.kompetansemidler.events.proposal.AllocationLine;
import no.kompetansemidler.events.proposal.NetworkKeyFigures;
import no.kompetansemidler.events.proposal.ProposalDrafted;
import no.kompetansemidler.events.round.RoundOpened;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.Test;

class ProposalStepTest {

    private static final String INNLANDET = "innlandet-2027";
    private static final long INNLANDET_FRAME = 10_000_000L;
    private static final Object[] INNLANDET_NEEDS_CLOSED = {
            new RoundOpened(INNLANDET, "Innlandet", 2027, INNLANDET_FRAME, "2026-01-15", null),
            new NeedsTemplateSent(INNLANDET, "2027-1", List.of("hamar", "valdres"), DEADLINE, List.of(), Map.of(),
                    Map.of()),
            new NeedsReportSubmitted(INNLANDET, "hamar-1", "hamar", needs(TargetGroup.SCHOOL, 1, 2_000_000L,
                    3_000_000L)),
            new NeedsReportSubmitted(INNLANDET, "valdres-1", "valdres", needs(TargetGroup.KINDERGARTEN, 1,
                    1_000_000L, 1_000_000L)),
            new NeedsSubmissionClosed(INNLANDET, DEADLINE, 2)};
    private static final List<NetworkKeyFigures> KEY_FIGURES = List.of(
            new NetworkKeyFigures("hamar", 300_00L, 0L), new NetworkKeyFigures("valdres", 100_00L, 0L));

    private final AggregateTestFixture<Round> round = RoundScenario.fixture();

    @Test
    void without_a_plan_the_administrator_drafts_the_lines_by_hand() {
        round.given(NEEDS_CLOSED)
                .when(new DraftProposal(ROUND, List.of(), List.of(), Map.of(), Map.of(),
                        List.of(BERGEN_LINE, SUNNFJORD_LINE),
                        ANY))
                .expectEvents(PROPOSED);
    }

    @Test
    void a_redraft_gets_the_next_number() {
        round.given(PROPOSAL)
                .when(new DraftProposal(ROUND, List.of(), List.of(), Map.of(), Map.of(), List.of(BERGEN_LINE), ANY))
                .expectEvents(new ProposalDrafted(ROUND, 2, null, null, 1_000_000L, 0L, List.of(), List.of(),
                        Map.of(), Map.of(), List.of(BERGEN_LINE), 500_000L, List.of(), List.of()));
    }

    @Test
    void lines_by_hand_cannot_give_more_than_the_round_has() {
        AllocationLine tooMuch = new AllocationLine("bergen", "NETWORK_FRAME", null, null, 1, 1_000_001L, 0L);
        round.given(NEEDS_CLOSED)
                .when(new DraftProposal(ROUND, List.of(), List.of(), Map.of(), Map.of(), List.of(tooMuch), ANY))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.BUSINESS_RULE, "exceeds-available-funds"));
    }

    @Test
    void lines_by_hand_name_a_recipient_a_known_purpose_1_to_4_years_and_amounts_not_negative() {
        AllocationLine broken = new AllocationLine(null, "GIFT", null, null, 0, -1L, 0L);
        round.given(NEEDS_CLOSED)
                .when(new DraftProposal(ROUND, List.of(), List.of(), Map.of(), Map.of(), List.of(broken), ANY))
                .expectNoEvents()
                .expectException(Refused.invalid("lines[0].recipientId", "lines[0].purpose", "lines[0].years",
                        "lines[0]"));
    }

    @Test
    void no_proposal_while_needs_are_still_being_collected() {
        round.given(OPENED, TEMPLATE_SENT)
                .when(new DraftProposal(ROUND, List.of(), List.of(), Map.of(), Map.of(), List.of(BERGEN_LINE), ANY))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.WRONG_STATE, "wrong-step"));
    }

    @Test
    void under_a_plan_the_engine_computes_the_proposal_and_it_records_version_inputs_and_fingerprint() {
        round.given(INNLANDET_NEEDS_CLOSED)
                .when(new DraftProposal(INNLANDET, KEY_FIGURES, List.of(), Map.of(), Map.of(), List.of(), ANY))
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                        Matchers.predicate(payload -> {
                            ProposalDrafted proposal = (ProposalDrafted) payload;
                            assertThat(proposal.planVersion()).isEqualTo("2026-01-15");
                            assertThat(proposal.inputFingerprint()).hasSize(64);
                            assertThat(proposal.networks()).isEqualTo(KEY_FIGURES);
                            // 10 % of 100 000,00 NOK to common measures at the university: 10 000,00 NOK
                            assertThat(proposal.lines()).filteredOn(line -> line.purpose().equals("COMMON_MEASURES"))
                                    .singleElement().satisfies(line -> {
                                        assertThat(line.recipientId()).isEqualTo("inn");
                                        assertThat(line.amountOre()).isEqualTo(1_000_000L);
                                    });
                            // 2 % = 2 000,00 NOK split equally among four regions: 500,00 NOK each
                            assertThat(proposal.lines()).filteredOn(line -> line.purpose().equals("EQUALISATION"))
                                    .hasSize(4).allSatisfy(line -> assertThat(line.amountOre()).isEqualTo(50_000L));
                            assertThat(proposal.lines()).filteredOn(line -> "hamar-1".equals(line.needsReportId()))
                                    .isNotEmpty();
                            assertThat(proposal.lines().stream().mapToLong(AllocationLine::amountOre).sum()
                                    + proposal.unallocatedOre()).isEqualTo(INNLANDET_FRAME);
                            assertThat(proposal.trace()).isNotEmpty();
                            return true;
                        }), Matchers.andNoMore())));
    }

    @Test
    void under_a_plan_lines_by_hand_are_refused() {
        round.given(INNLANDET_NEEDS_CLOSED)
                .when(new DraftProposal(INNLANDET, KEY_FIGURES, List.of(), Map.of(), Map.of(), List.of(BERGEN_LINE),
                        ANY))
                .expectNoEvents()
                .expectException(Refused.invalid("lines"));
    }

    @Test
    void inputs_the_engine_cannot_use_are_refused_with_its_reason() {
        // valdres has a needs report but no key figures
        round.given(INNLANDET_NEEDS_CLOSED)
                .when(new DraftProposal(INNLANDET, List.of(new NetworkKeyFigures("hamar", 300_00L, 0L)), List.of(),
                        Map.of(), Map.of(), List.of(), ANY))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.BUSINESS_RULE, "allocation-input-rejected"));
    }
}
