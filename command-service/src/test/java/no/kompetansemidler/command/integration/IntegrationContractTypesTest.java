package no.kompetansemidler.command.integration;

import static org.assertj.core.api.Assertions.assertThat;

import no.kompetansemidler.events.round.RoundEvent;
import org.junit.jupiter.api.Test;

/**
 * The publisher handles round events and keys each record by its round; a type from another stream (a grant's
 * events) would never be published, or fail on that key. Adding one needs the publisher and republication taught
 * first.
 */
class IntegrationContractTypesTest {

    @Test
    void every_published_type_comes_from_a_round_event() {
        assertThat(IntegrationContract.TYPES).isNotEmpty().allSatisfy(type ->
                assertThat(RoundEvent.class.isAssignableFrom(type.eventType())).as(type.cloudEventType()).isTrue());
    }
}
