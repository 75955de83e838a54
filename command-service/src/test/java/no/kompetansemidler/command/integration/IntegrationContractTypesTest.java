package no.kompetansemidler.command.integration;

import static org.assertj.core.api.Assertions.assertThat;

import no.kompetansemidler.events.grant.GrantEvent;
import no.kompetansemidler.events.grant.RepaymentClaimed;
import no.kompetansemidler.events.round.RoundClosed;
import no.kompetansemidler.events.round.RoundEvent;
import org.junit.jupiter.api.Test;

/**
 * The publisher handles round events, keyed by their round, and grant events, keyed by the round that awarded the
 * grant; a type from any other stream would never be published, or fail on its key. Adding one needs the publisher
 * and republication taught first.
 */
class IntegrationContractTypesTest {

    @Test
    void every_published_type_comes_from_a_round_or_a_grant_event() {
        assertThat(IntegrationContract.TYPES).isNotEmpty().allSatisfy(type ->
                assertThat(RoundEvent.class.isAssignableFrom(type.eventType())
                        || GrantEvent.class.isAssignableFrom(type.eventType())).as(type.cloudEventType()).isTrue());
    }

    @Test
    void a_grant_event_is_keyed_by_the_round_that_awarded_the_grant() {
        assertThat(IntegrationEventPublisher.roundOf(new RepaymentClaimed("troms-2026/tromso", "troms-2026", "tromso",
                1, 1L, "Ubrukt"))).isEqualTo("troms-2026");
        assertThat(IntegrationEventPublisher.roundOf(new RoundClosed("troms-2027", 0, 0, 0))).isEqualTo("troms-2027");
    }
}
