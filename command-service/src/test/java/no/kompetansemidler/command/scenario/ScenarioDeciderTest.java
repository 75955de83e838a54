package no.kompetansemidler.command.scenario;

import static no.kompetansemidler.command.testkit.Decide.refused;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import no.kompetansemidler.allocation.plans.PlanCatalogue;
import no.kompetansemidler.command.refusal.ExpectedVersion;
import no.kompetansemidler.events.proposal.NetworkKeyFigures;
import no.kompetansemidler.events.proposal.ProposalDrafted;
import no.kompetansemidler.events.scenario.ScenarioComputed;
import no.kompetansemidler.recorded.ProposalsOnFile.DraftedProposal;
import no.kompetansemidler.recorded.plan.PlanDocuments;
import org.junit.jupiter.api.Test;

/** A what-if as plain Java: from a recorded proposal, with one thing changed, then the scenario or a refusal. */
class ScenarioDeciderTest {

    private static final String ROUND = "agder-2031";
    private static final List<NetworkKeyFigures> FIGURES = List.of(new NetworkKeyFigures("kristiansand", 200_00L, 0L),
            new NetworkKeyFigures("setesdal", 100_00L, 0L));

    @Test
    void other_key_figures_give_other_frames_and_the_difference_is_recorded() throws IOException {
        ScenarioComputed scenario = ScenarioDecider.run(1, new RunScenario(RunScenario.idOf(ROUND), ROUND,
                        "Setesdal større", null, null, List.of(new NetworkKeyFigures("kristiansand", 100_00L, 0L),
                        new NetworkKeyFigures("setesdal", 200_00L, 0L)), null, null, ExpectedVersion.ANY),
                basis(proposalUnderThePlan()), PlanCatalogue.standard());

        // 1 000 000 to UiA; 9 000 000 by 100:200
        assertThat(scenario.lines()).extracting(line -> line.recipientId() + " " + line.amountOre())
                .containsExactlyInAnyOrder("uia 100000000", "kristiansand 300000000", "setesdal 600000000");
        assertThat(scenario.differences()).hasSize(2).allMatch(difference -> difference.startsWith("key figures"));
        assertThat(scenario.basedOnProposal()).isEqualTo(1);
        assertThat(scenario.planVersion()).isEqualTo("2031-01-20");
    }

    @Test
    void a_round_whose_proposal_was_made_by_hand_has_nothing_to_start_from() throws IOException {
        ProposalDrafted byHand = new ProposalDrafted(ROUND, 1, null, null, 1_000_000_000L, 0L, List.of(),
                List.of(), Map.of(), Map.of(), List.of(), 1_000_000_000L, List.of(), List.of());
        RoundBasis basis = basis(byHand);
        refused(() -> ScenarioDecider.run(1, new RunScenario(RunScenario.idOf(ROUND), ROUND, "x", null, null, null,
                null, null, ExpectedVersion.ANY), basis, PlanCatalogue.standard()), "no-proposal-under-a-plan");
    }

    private static ProposalDrafted proposalUnderThePlan() {
        return new ProposalDrafted(ROUND, 1, "2031-01-20", "f", 1_000_000_000L, 0L, FIGURES, List.of(), Map.of(),
                Map.of(), List.of(), 0L, List.of(), List.of());
    }

    private static RoundBasis basis(ProposalDrafted proposal) throws IOException {
        String document = PlanDocuments.canonical(agder());
        return new RoundBasis() {
            @Override
            public Optional<Recorded> round(String roundId) {
                return Optional.of(new Recorded("Agder", "2031-01-20", document, new DraftedProposal(proposal,
                        1_000_000_000L, 0L, List.of(), Map.of())));
            }

            @Override
            public Optional<String> document(String county, String version) {
                return Optional.empty();
            }
        };
    }

    private static String agder() throws IOException {
        try (InputStream in = ScenarioDeciderTest.class.getClassLoader()
                .getResourceAsStream("plans/agder-2031-01-20.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
