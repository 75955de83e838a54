package no.kompetansemidler.command.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import no.kompetansemidler.command.testkit.OwnCommandService;
import no.kompetansemidler.events.decision.GrantLetterIssued;
import no.kompetansemidler.events.needs.TargetGroup;
import no.kompetansemidler.events.proposal.AllocationLine;
import no.kompetansemidler.events.round.RoundEvent;
import no.kompetansemidler.testsupport.RealServers;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Letters through the real grant-award processor: a letter that cannot become a grant waits in the processor's
 * dead-letter queue with its own round, and the letters of other rounds become grants meanwhile. The service runs
 * on a database of its own, so its dead letters and tokens are its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GrantAwardsContainedIT {

    private static final Duration WITHIN_SECONDS = Duration.ofSeconds(30);
    private static final AllocationLine LINE =
            new AllocationLine("mo", "NEEDS_REPORT", "mo-1", TargetGroup.KINDERGARTEN, 2, 150_000L, 50_000L);

    private ConfigurableApplicationContext service;
    private JdbcClient jdbc;

    @BeforeAll
    void start() {
        service = OwnCommandService.start(RealServers.newDatabase("grant_awards"));
        jdbc = service.getBean(JdbcClient.class);
    }

    @AfterAll
    void stop() {
        service.close();
    }

    @Test
    void a_letter_that_cannot_become_a_grant_waits_with_its_round_while_other_letters_become_grants()
            throws Exception {
        // a letter whose round the store does not hold: it cannot learn its county and year
        append("nordland-2095", 0, new GrantLetterIssued("nordland-2095", "mo", "nordland-2095/mo", 200_000L,
                List.of(LINE), List.of()));
        open(2096);
        append("nordland-2096", 1, new GrantLetterIssued("nordland-2096", "mo", "nordland-2096/mo", 200_000L,
                List.of(LINE), List.of()));

        await().atMost(WITHIN_SECONDS).until(() -> events("nordland-2096/mo") == 1);
        await().atMost(WITHIN_SECONDS).until(() -> deadLetters("nordland-2095") == 1);
        assertThat(events("nordland-2095/mo")).isZero();
        assertThat(deadLetters("nordland-2096")).isZero();
    }

    @Test
    void a_grant_that_cannot_be_written_waits_with_its_round_instead_of_stopping_the_processor() throws Exception {
        // the award itself fails when its event is written (an identifier longer than the store's column): it must
        // fail inside the letter's handling, where the dead-letter queue catches it, not when the processor commits
        open(2093);
        String unwritable = "nordland-2093/" + "m".repeat(300);
        append("nordland-2093", 1, new GrantLetterIssued("nordland-2093", "mo", unwritable, 200_000L,
                List.of(LINE), List.of()));
        open(2092);
        append("nordland-2092", 1, new GrantLetterIssued("nordland-2092", "mo", "nordland-2092/mo", 200_000L,
                List.of(LINE), List.of()));

        await().atMost(WITHIN_SECONDS).until(() -> deadLetters("nordland-2093") == 1);
        await().atMost(WITHIN_SECONDS).until(() -> events("nordland-2092/mo") == 1);
        assertThat(deadLetters("nordland-2092")).isZero();
    }

    private void open(int budgetYear) throws Exception {
        assertThat(OwnCommandService.post(service, "nordland", "/rounds", "{\"county\": \"Nordland\", "
                + "\"budgetYear\": " + budgetYear + ", \"budgetFrameOre\": 1000000}").statusCode()).isEqualTo(201);
    }

    private void append(String roundId, long sequenceNumber, RoundEvent event) {
        service.getBean(EventStore.class).publish(new GenericDomainEventMessage<>("Round", roundId, sequenceNumber,
                event));
    }

    private long events(String aggregateId) {
        return jdbc.sql("SELECT count(*) FROM event_store.domain_event_entry WHERE aggregate_identifier = ?")
                .param(aggregateId).query(Long.class).single();
    }

    private long deadLetters(String roundId) {
        return jdbc.sql("""
                        SELECT count(*) FROM event_store.dead_letter_entry
                        WHERE processing_group = ? AND sequence_identifier = ?""")
                .params(GrantsFromLetters.PROCESSING_GROUP, roundId).query(Long.class).single();
    }
}
