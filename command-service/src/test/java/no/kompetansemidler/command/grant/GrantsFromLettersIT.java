package no.kompetansemidler.command.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import no.kompetansemidler.command.CommandServiceHttpTest;
import no.kompetansemidler.command.access.ActorMetadata;
import no.kompetansemidler.events.decision.GrantLetterIssued;
import no.kompetansemidler.events.grant.GrantEstablished;
import no.kompetansemidler.events.grant.TrancheReduced;
import no.kompetansemidler.events.needs.TargetGroup;
import no.kompetansemidler.events.proposal.AllocationLine;
import no.kompetansemidler.events.round.CommitmentsReduced;
import no.kompetansemidler.events.round.TrancheReduction;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The hand-over from a round to its grants against the real event store: a letter becomes one grant, a letter seen
 * again (a redelivery, a replay) changes nothing, and a letter whose round the store does not hold is refused, so
 * the processor's dead-letter queue keeps it instead of a grant without county and year.
 */
class GrantsFromLettersIT extends CommandServiceHttpTest {

    private static final AllocationLine LINE =
            new AllocationLine("bodo", "NEEDS_REPORT", "bodo-1", TargetGroup.SCHOOL, 3, 200_000L, 100_000L);

    @Autowired
    private GrantsFromLetters grants;

    @Test
    void a_letter_becomes_one_grant_however_often_it_is_seen() throws Exception {
        assertThat(post("/rounds", """
                {"county": "Nordland", "budgetYear": 2031, "budgetFrameOre": 5000000}""").statusCode())
                .isEqualTo(201);
        GrantLetterIssued letter = new GrantLetterIssued("nordland-2031", "bodo", "nordland-2031/bodo/test-letter",
                300_000L, List.of(LINE), List.of("Rapport innen 1. juni 2032"));
        EventMessage<?> message = GenericEventMessage.asEventMessage(letter)
                .andMetaData(Map.of(ActorMetadata.SUBJECT, "saksbehandler-7", ActorMetadata.ROLE, "administrator"));

        grants.on(letter, message);
        grants.on(letter, message);

        List<JsonNode> awarded = payloads("nordland-2031/bodo/test-letter", GrantEstablished.class);
        assertThat(awarded).hasSize(1);
        assertThat(eventCount("nordland-2031/bodo/test-letter")).isEqualTo(1);
        JsonNode grant = awarded.get(0);
        assertThat(grant.get("county").asString()).isEqualTo("Nordland");
        assertThat(grant.get("firstBudgetYear").asInt()).isEqualTo(2031);
        assertThat(grant.get("tranches")).extracting(tranche -> tranche.get("budgetYear").asInt())
                .containsExactly(2031, 2032, 2033);
        assertThat(grant.get("tranches")).extracting(tranche -> tranche.get("amountOre").asLong())
                .containsExactly(300_000L, 300_000L, 300_000L);
        assertThat(metadataOf("nordland-2031/bodo/test-letter", 0).get("actorSubject").asString())
                .isEqualTo("saksbehandler-7");
    }

    @Test
    void a_reduced_tranche_is_recorded_on_its_grant_once_however_often_the_reduction_is_seen() throws Exception {
        assertThat(post("/rounds", """
                {"county": "Nordland", "budgetYear": 2041, "budgetFrameOre": 5000000}""").statusCode())
                .isEqualTo(201);
        assertThat(post("/rounds", """
                {"county": "Nordland", "budgetYear": 2042, "budgetFrameOre": 5000000}""").statusCode())
                .isEqualTo(201);
        GrantLetterIssued letter = new GrantLetterIssued("nordland-2041", "bodo", "nordland-2041/bodo", 300_000L,
                List.of(LINE), List.of());
        grants.on(letter, GenericEventMessage.asEventMessage(letter));
        CommitmentsReduced reduced = new CommitmentsReduced("nordland-2042", 1, 270_000L, 300_000L, true, List.of(
                new TrancheReduction("nordland-2041", "bodo", 300_000L, 30_000L, "Bevilgningen dekker ikke tilsagnet",
                        "nordland-2042/reduction-1/nordland-2041/bodo")));

        grants.on(reduced, GenericEventMessage.asEventMessage(reduced));
        grants.on(reduced, GenericEventMessage.asEventMessage(reduced));

        List<JsonNode> reductions = payloads("nordland-2041/bodo", TrancheReduced.class);
        assertThat(reductions).hasSize(1);
        assertThat(reductions.get(0).get("budgetYear").asInt()).isEqualTo(2042);
        assertThat(reductions.get(0).get("reductionOre").asLong()).isEqualTo(30_000L);
        assertThat(eventCount("nordland-2041/bodo")).isEqualTo(2);
    }

    @Test
    void a_letter_of_a_round_the_store_does_not_hold_is_refused_and_awards_nothing() {
        GrantLetterIssued stray = new GrantLetterIssued("nordland-2099", "bodo", "nordland-2099/bodo", 1L,
                List.of(LINE), List.of());

        assertThatThrownBy(() -> grants.on(stray, GenericEventMessage.asEventMessage(stray)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("nordland-2099");
        assertThat(eventCount("nordland-2099/bodo")).isZero();
    }
}
