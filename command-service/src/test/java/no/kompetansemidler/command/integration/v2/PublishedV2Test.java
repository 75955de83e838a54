package no.kompetansemidler.command.integration.v2;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import no.kompetansemidler.command.integration.IntegrationContract;
import no.kompetansemidler.events.decision.GrantWithdrawn;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The published v2 data, pinned as JSON, beside v1 of the same event. */
class PublishedV2Test {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void a_grant_withdrawn_with_the_later_tranches_it_ended_is_published_in_both_versions() {
        GrantWithdrawn withdrawn = new GrantWithdrawn("troms-2026", "tromso", 0L, "Partnerskapet er oppløst",
                Map.of(2028, 60_000_000L, 2027, 60_000_000L));

        assertThat(IntegrationContract.of(GrantWithdrawn.class))
                .extracting(IntegrationContract.PublishedType::cloudEventType)
                .containsExactly("no.kompetansemidler.grant.withdrawn.v1", "no.kompetansemidler.grant.withdrawn.v2");
        Object v2 = IntegrationContract.of(GrantWithdrawn.class).get(1).data().apply(withdrawn);
        assertThat(JSON.readTree(JSON.writeValueAsString(v2))).isEqualTo(JSON.readTree("""
                {"roundId": "troms-2026", "recipientId": "tromso", "amountOre": 0,
                 "reason": "Partnerskapet er oppløst",
                 "endedTranchesOre": {"2027": 60000000, "2028": 60000000}}"""));
        assertThat(JSON.writeValueAsString(v2)).contains("{\"2027\":60000000,\"2028\":60000000}");
    }
}
