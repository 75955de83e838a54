package no.kompetansemidler.command.round;

import no.kompetansemidler.events.round.RoundOpened;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RoundTest {

    private AggregateTestFixture<Round> round;

    @BeforeEach
    void setUp() {
        round = new AggregateTestFixture<>(Round.class);
    }

    @Test
    void opening_a_round_records_county_year_and_budget_frame() {
        round.givenNoPriorActivity()
                .when(OpenRound.of("Innlandet", 2027, 28_734_500_00L))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new RoundOpened("innlandet-2027", "Innlandet", 2027, 28_734_500_00L));
    }

    @Test
    void a_county_with_non_ascii_letters_gets_an_ascii_round_id_and_keeps_its_official_name() {
        round.givenNoPriorActivity()
                .when(OpenRound.of("møre og romsdal", 2026, 0L))
                .expectEvents(new RoundOpened("more-og-romsdal-2026", "Møre og Romsdal", 2026, 0L));
    }
}
