package no.kompetansemidler.command.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import no.kompetansemidler.command.testkit.ForumMeetings;
import no.kompetansemidler.command.testkit.OwnCommandService;
import no.kompetansemidler.events.appeal.AppealBodyDecided;
import no.kompetansemidler.events.appeal.AppealBodyOutcome;
import no.kompetansemidler.events.appeal.AppealForwarded;
import no.kompetansemidler.events.appeal.AppealLodged;
import no.kompetansemidler.events.appeal.AppealReconsidered;
import no.kompetansemidler.events.appeal.LateAppealConsidered;
import no.kompetansemidler.events.appeal.ReconsiderationOutcome;
import no.kompetansemidler.events.decision.GrantLetterDocumented;
import no.kompetansemidler.events.decision.GrantLetterIssued;
import no.kompetansemidler.events.needs.NeedsSubmissionClosed;
import no.kompetansemidler.events.reallocation.LeftoverFundsReallocated;
import no.kompetansemidler.events.round.RoundEvent;
import no.kompetansemidler.letters.GrantLetterPdf;
import no.kompetansemidler.letters.LettersFromEvents;
import no.kompetansemidler.testsupport.RealServers;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Appeals over HTTP on a real PostgreSQL, with the register deciding who may appeal: a private owner's network
 * appeals in time, is partly granted with a new letter out of the leftover funds and the rest goes to the
 * directorate, which upholds the decision; a municipality's network is refused; an appeal three weeks and more after
 * the letter is registered as late and must be considered before anything else. The service's clock is moved on
 * for the late appeal, as days passing would.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AppealsOverHttpIT {

    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");
    private static final String LARVIK_KOMMUNE = "910000004";
    private static final String FRISKOLE = "910000012";
    private static final String LINES = """
            [{"recipientId": "larvik", "purpose": "NETWORK_FRAME", "years": 1, "networkOre": 60000,
              "partnerOre": 40000},
             {"recipientId": "friskoler", "purpose": "NETWORK_FRAME", "years": 1, "networkOre": 50000,
              "partnerOre": 0}]""";
    private static final AtomicReference<Duration> DAYS_PASSED = new AtomicReference<>(Duration.ZERO);

    /** The service's clock, moved on by the test as days would pass. */
    @Configuration
    static class MovableClock {

        @Bean
        @Primary
        Clock movedClock() {
            return new Clock() {
                @Override
                public ZoneId getZone() {
                    return java.time.ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(ZoneId zone) {
                    return Clock.offset(Clock.system(zone), DAYS_PASSED.get());
                }

                @Override
                public Instant instant() {
                    return Instant.now().plus(DAYS_PASSED.get());
                }
            };
        }
    }

    private ConfigurableApplicationContext service;
    private EventStore eventStore;

    @BeforeAll
    void start() throws Exception {
        service = OwnCommandService.start(RealServers.newDatabase("appeals"), MovableClock.class);
        eventStore = service.getBean(EventStore.class);
        created(post("/registers/vestfold/owners", "{\"organisationNumber\": \"" + LARVIK_KOMMUNE + "\", \"name\": "
                + "\"Larvik kommune\", \"kind\": \"MUNICIPALITY\", \"institutions\": [\"KINDERGARTEN\", \"SCHOOL\"]}"));
        created(post("/registers/vestfold/owners", "{\"organisationNumber\": \"" + FRISKOLE + "\", \"name\": "
                + "\"Larvik Friskole AS\", \"kind\": \"PRIVATE\", \"institutions\": [\"SCHOOL\"], \"approvals\": "
                + "[{\"institution\": \"SCHOOL\", \"reference\": \"2019/1234\", \"approvedOn\": \"2019-08-01\"}]}"));
        created(post("/registers/vestfold/networks", "{\"networkId\": \"larvik\", \"name\": \"Larvik-nettverket\", "
                + "\"grantHolder\": \"" + LARVIK_KOMMUNE + "\", \"memberOwners\": [\"" + LARVIK_KOMMUNE + "\"]}"));
        created(post("/registers/vestfold/networks", "{\"networkId\": \"friskoler\", \"name\": \"Friskolene\", "
                + "\"grantHolder\": \"" + FRISKOLE + "\", \"memberOwners\": [\"" + FRISKOLE + "\"]}"));
    }

    @AfterEach
    void backToToday() {
        DAYS_PASSED.set(Duration.ZERO);
    }

    @AfterAll
    void stop() {
        service.close();
    }

    @Test
    void a_private_owner_appeals_in_time_is_partly_granted_with_a_new_letter_and_the_directorate_upholds_the_rest()
            throws Exception {
        decided("vestfold-2041", 2041);
        HttpResponse<String> lodged = post("/rounds/vestfold-2041/appeals", "{\"recipientId\": \"friskoler\", "
                + "\"receivedOn\": \"" + today() + "\", \"grounds\": \"Frikjøp for to skoler er ikke dekket\"}");
        assertThat(lodged.statusCode()).as(lodged.body()).isEqualTo(201);
        assertThat(lodged.body()).contains("\"appealNumber\":1");
        assertThat(events("vestfold-2041", AppealLodged.class)).singleElement().satisfies(appeal -> {
            assertThat(appeal.late()).isFalse();
            assertThat(appeal.letterReference()).isEqualTo("vestfold-2041/friskoler");
            assertThat(appeal.lastDay()).isAfterOrEqualTo(today().plusWeeks(3));
        });

        // 200 000 frame, 150 000 decided: the appeal is granted 20 000 of the 50 000 left
        HttpResponse<String> reconsidered = post("/rounds/vestfold-2041/appeals/1/reconsideration", "{\"outcome\": "
                + "\"PARTLY_GRANTED\", \"reason\": \"Frikjøp for én skole er godt begrunnet\", \"source\": "
                + "\"UNALLOCATED_REMAINDER\", \"amountOre\": 20000, \"lines\": [{\"recipientId\": \"friskoler\", "
                + "\"purpose\": \"NETWORK_FRAME\", \"years\": 1, \"networkOre\": 20000, \"partnerOre\": 0}], "
                + "\"statement\": \"Frikjøp for den andre skolen har ikke grunnlag i planen\"}");
        assertThat(reconsidered.statusCode()).as(reconsidered.body()).isEqualTo(200);
        assertThat(events("vestfold-2041", RoundEvent.class)).filteredOn(event -> event instanceof AppealReconsidered
                || event instanceof LeftoverFundsReallocated || event instanceof GrantLetterIssued letter
                && letter.letterReference().endsWith("reallocation-1") || event instanceof AppealForwarded)
                .extracting(event -> event.getClass().getSimpleName())
                .containsExactly("AppealReconsidered", "LeftoverFundsReallocated", "GrantLetterIssued",
                        "AppealForwarded");
        assertThat(events("vestfold-2041", AppealReconsidered.class)).singleElement()
                .satisfies(appeal -> {
                    assertThat(appeal.outcome()).isEqualTo(ReconsiderationOutcome.PARTLY_GRANTED);
                    assertThat(appeal.reallocationNumber()).isEqualTo(1);
                });

        // the rest of the case is the directorate's, once
        HttpResponse<String> upheld = post("/rounds/vestfold-2041/appeals/1/appeal-body-decision", "{\"outcome\": "
                + "\"UPHELD\", \"caseReference\": \"2041/4411\", \"reason\": \"I samsvar med planen\"}");
        assertThat(upheld.statusCode()).as(upheld.body()).isEqualTo(200);
        assertThat(events("vestfold-2041", AppealBodyDecided.class)).singleElement()
                .extracting(AppealBodyDecided::outcome).isEqualTo(AppealBodyOutcome.UPHELD);
        HttpResponse<String> again = post("/rounds/vestfold-2041/appeals/1/appeal-body-decision", "{\"outcome\": "
                + "\"UPHELD\", \"caseReference\": \"2041/4411\", \"reason\": \"Igjen\"}");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
        assertThat(again.body()).contains("appeal-not-forwarded");

        // each letter, the one on appeal too, is rendered and its document recorded once, with its hash
        await().atMost(Duration.ofSeconds(30)).until(() -> events("letters-vestfold-2041",
                GrantLetterDocumented.class).size() == 3);
        List<GrantLetterDocumented> documents = events("letters-vestfold-2041", GrantLetterDocumented.class);
        assertThat(documents).extracting(GrantLetterDocumented::letterReference).containsExactlyInAnyOrder(
                "vestfold-2041/friskoler", "vestfold-2041/larvik", "vestfold-2041/friskoler/reallocation-1");
        for (GrantLetterDocumented document : documents) {
            byte[] pdf = GrantLetterPdf.render(LettersFromEvents.compose(recorded("vestfold-2041"),
                    LettersFromEvents.registerUpTo(recorded("register-vestfold"), document.registerSequence()),
                    document.letterReference(), document.letterhead()).orElseThrow());
            assertThat(document.sha256()).isEqualTo(GrantLetterPdf.sha256(pdf));
            assertThat(document.sizeBytes()).isEqualTo(pdf.length);
        }
    }

    private List<LettersFromEvents.Recorded> recorded(String aggregateId) {
        return eventStore.readEvents(aggregateId).asStream()
                .map(event -> new LettersFromEvents.Recorded(event.getPayload(), event.getTimestamp(),
                        event.getSequenceNumber())).toList();
    }

    @Test
    void a_municipality_has_no_right_of_appeal_and_a_recipient_not_in_the_register_is_told_to_register()
            throws Exception {
        decided("vestfold-2042", 2042);
        HttpResponse<String> municipal = post("/rounds/vestfold-2042/appeals", "{\"recipientId\": \"larvik\", "
                + "\"receivedOn\": \"" + today() + "\", \"grounds\": \"For lite\"}");
        assertThat(municipal.statusCode()).as(municipal.body()).isEqualTo(422);
        assertThat(municipal.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(municipal.body()).contains("no-right-of-appeal");
        HttpResponse<String> future = post("/rounds/vestfold-2042/appeals", "{\"recipientId\": \"friskoler\", "
                + "\"receivedOn\": \"" + today().plusDays(1) + "\", \"grounds\": \"For lite\"}");
        assertThat(future.statusCode()).as(future.body()).isEqualTo(400);
        assertThat(future.body()).contains("\"field\":\"receivedOn\"").contains("not-in-future");
        assertThat(events("vestfold-2042", AppealLodged.class)).isEmpty();
    }

    @Test
    void an_appeal_after_three_weeks_is_registered_as_late_and_considered_before_anything_else() throws Exception {
        decided("vestfold-2043", 2043);
        DAYS_PASSED.set(Duration.ofDays(30));
        HttpResponse<String> lodged = post("/rounds/vestfold-2043/appeals", "{\"recipientId\": \"friskoler\", "
                + "\"receivedOn\": \"" + today() + "\", \"grounds\": \"Brevet kom aldri fram\"}");
        assertThat(lodged.statusCode()).as(lodged.body()).isEqualTo(201);
        assertThat(events("vestfold-2043", AppealLodged.class)).singleElement()
                .satisfies(appeal -> assertThat(appeal.late()).isTrue());

        HttpResponse<String> tooSoon = post("/rounds/vestfold-2043/appeals/1/reconsideration", "{\"outcome\": "
                + "\"NOT_GRANTED\", \"reason\": \"Ikke medhold\", \"statement\": \"Uttalelse\"}");
        assertThat(tooSoon.statusCode()).as(tooSoon.body()).isEqualTo(409);
        assertThat(tooSoon.body()).contains("late-appeal-not-considered");
        HttpResponse<String> dismissed = post("/rounds/vestfold-2043/appeals/1/late-consideration",
                "{\"considered\": false, \"reason\": \"Brevet ble levert til rett adresse i tide\"}");
        assertThat(dismissed.statusCode()).as(dismissed.body()).isEqualTo(200);
        assertThat(events("vestfold-2043", LateAppealConsidered.class)).singleElement()
                .satisfies(considered -> assertThat(considered.considered()).isFalse());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(Instant.now().plus(DAYS_PASSED.get()), NORWAY);
    }

    private void decided(String roundId, int budgetYear) throws Exception {
        created(post("/rounds", "{\"county\": \"Vestfold\", \"budgetYear\": " + budgetYear
                + ", \"budgetFrameOre\": 200000}"));
        Instant deadline = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.SECONDS);
        assertThat(post("/rounds/" + roundId + "/needs-template", "{\"templateVersion\": \"1\", \"recipients\": "
                + "[\"larvik\", \"friskoler\"], \"submissionDeadline\": \"" + deadline + "\"}").statusCode())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> !events(roundId, NeedsSubmissionClosed.class).isEmpty());
        created(post("/rounds/" + roundId + "/proposals", "{\"lines\": " + LINES + "}"));
        created(post("/rounds/" + roundId + "/forum-meetings", ForumMeetings.consensus(budgetYear)));
        created(post("/rounds/" + roundId + "/decision", "{\"lines\": " + LINES + ", \"reportingDeadline\": \""
                + Instant.now().plus(Duration.ofDays(400)) + "\"}"));
    }

    private static void created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return OwnCommandService.post(service, "vestfold", path, body);
    }

    private <T> List<T> events(String roundId, Class<T> type) {
        return eventStore.readEvents(roundId).asStream().map(EventMessage::getPayload).filter(type::isInstance)
                .map(type::cast).toList();
    }
}
