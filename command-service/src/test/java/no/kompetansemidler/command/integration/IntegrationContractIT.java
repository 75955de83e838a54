package no.kompetansemidler.command.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import no.kompetansemidler.command.CommandServiceHttpTest;
import no.kompetansemidler.events.appeal.AppealBodyDecided;
import no.kompetansemidler.events.appeal.AppealBodyOutcome;
import no.kompetansemidler.events.appeal.AppealForwarded;
import no.kompetansemidler.events.appeal.AppealLodged;
import no.kompetansemidler.events.appeal.AppealReconsidered;
import no.kompetansemidler.events.appeal.LateAppealConsidered;
import no.kompetansemidler.events.appeal.ReconsiderationOutcome;
import no.kompetansemidler.events.decision.AllocationDecided;
import no.kompetansemidler.events.decision.GrantLetterIssued;
import no.kompetansemidler.events.decision.GrantWithdrawn;
import no.kompetansemidler.events.decision.TrancheLetterIssued;
import no.kompetansemidler.events.grant.GrantEvent;
import no.kompetansemidler.events.grant.PaymentMade;
import no.kompetansemidler.events.grant.PaymentOrdered;
import no.kompetansemidler.events.grant.RepaymentClaimed;
import no.kompetansemidler.events.grant.RepaymentSettled;
import no.kompetansemidler.events.needs.CallAnnounced;
import no.kompetansemidler.events.needs.NeedsSubmissionClosed;
import no.kompetansemidler.events.needs.NeedsTemplateSent;
import no.kompetansemidler.events.needs.TargetGroup;
import no.kompetansemidler.events.proposal.AllocationLine;
import no.kompetansemidler.events.reallocation.FundsDrawn;
import no.kompetansemidler.events.reallocation.FundsSource;
import no.kompetansemidler.events.reallocation.LeftoverFundsCarriedOver;
import no.kompetansemidler.events.reallocation.LeftoverFundsReallocated;
import no.kompetansemidler.events.register.Institution;
import no.kompetansemidler.events.register.NetworkRegistered;
import no.kompetansemidler.events.register.OwnerKind;
import no.kompetansemidler.events.register.OwnerRegistered;
import no.kompetansemidler.events.reporting.ReportApproved;
import no.kompetansemidler.events.round.CommitmentsReduced;
import no.kompetansemidler.events.round.RoundClosed;
import no.kompetansemidler.events.round.RoundOpened;
import no.kompetansemidler.events.round.TrancheReduction;
import no.kompetansemidler.eventstore.chain.HistoryChain;
import no.kompetansemidler.testsupport.RealServers;
import no.kompetansemidler.testsupport.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A round's whole history through the publisher and a real broker: exactly the contract's types arrive, in the
 * round's order, each in the CloudEvents envelope and valid against its schema; internal events stay internal.
 */
class IntegrationContractIT extends CommandServiceHttpTest {

    private static final String ROUND = "rogaland-2031";
    private static final String STAVANGER_GRANT = ROUND + "/stavanger";
    private static final AllocationLine STAVANGER = new AllocationLine("stavanger", "NEEDS_REPORT", "stavanger-1",
            TargetGroup.SCHOOL, 2, 400_000L, 300_000L);
    private static final AllocationLine HAUGESUND = new AllocationLine("haugesund", "NETWORK_FRAME", null, null, 1,
            200_000L, 0L);

    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_rounds_contract_events_arrive_in_order_in_the_envelope_and_valid_against_their_schemas() throws Exception {
        List<Object> history = List.of(
                new RoundOpened(ROUND, "Rogaland", 2031, 1_000_000L, null, null),
                new NeedsTemplateSent(ROUND, "2031-1", List.of("stavanger", "haugesund"),
                        Instant.parse("2031-02-01T22:59:59Z"), List.of(), Map.of(), Map.of()),
                new CallAnnounced(ROUND, 2031, 1_000_000L, Instant.parse("2031-02-01T22:59:59Z"),
                        "Alle eiere i Rogaland kan melde behov"),
                new NeedsSubmissionClosed(ROUND, Instant.parse("2031-02-01T22:59:59Z"), 2),
                new CommitmentsReduced(ROUND, 1, 1_000_000L, 1_100_000L, true, List.of(new TrancheReduction(
                        "rogaland-2030", "stavanger", 1_100_000L, 100_000L, "Bevilgningen dekker ikke tilsagnet",
                        ROUND + "/reduction-1/rogaland-2030/stavanger"))),
                new AllocationDecided(ROUND, 1, null, List.of(STAVANGER, HAUGESUND), List.of(), Map.of(),
                        Map.of(2032, 700_000L), 100_000L, Instant.parse("2032-06-01T21:59:59Z")),
                new GrantLetterIssued(ROUND, "haugesund", ROUND + "/haugesund", 200_000L, List.of(HAUGESUND),
                        List.of()),
                new GrantLetterIssued(ROUND, "stavanger", ROUND + "/stavanger", 700_000L, List.of(STAVANGER),
                        List.of("Rapport innen 1. juni 2032")),
                new TrancheLetterIssued(ROUND, "rogaland-2030", "stavanger", 1_000_000L,
                        ROUND + "/stavanger/tranche/rogaland-2030"),
                new GrantWithdrawn(ROUND, "haugesund", 50_000L, "Tiltaket ble ikke gjennomført", Map.of(2032, 1L)),
                new LeftoverFundsReallocated(ROUND, 1, FundsSource.WITHDRAWN_GRANT, "haugesund", 50_000L,
                        List.of(new AllocationLine("stavanger", "NETWORK_FRAME", null, null, 1, 50_000L, 0L)),
                        "Udekket behov", List.of(new FundsDrawn(FundsSource.WITHDRAWN_GRANT, "haugesund", 50_000L))),
                new LeftoverFundsCarriedOver(ROUND, 1, FundsSource.UNALLOCATED_REMAINDER, null, 100_000L,
                        "rogaland-2032", 2032, List.of(new FundsDrawn(FundsSource.UNALLOCATED_REMAINDER, null,
                        100_000L)), "Ufordelte midler overføres"),
                // the stavanger grant's own stream, keyed by this round that awarded it
                new PaymentOrdered(STAVANGER_GRANT, ROUND, "stavanger", 1, 2031, 700_000L,
                        LocalDate.of(2031, 5, 1), STAVANGER_GRANT + "/payment-1"),
                new PaymentMade(STAVANGER_GRANT, ROUND, 1, 700_000L, LocalDate.of(2031, 5, 2), "SAP 1"),
                new RepaymentClaimed(STAVANGER_GRANT, ROUND, "stavanger", 1, 20_000L, "Ubrukt"),
                new RepaymentSettled(STAVANGER_GRANT, ROUND, "stavanger", 1, RepaymentSettled.Settlement.PAID_BACK,
                        20_000L, "Innbetalt"),
                new AppealLodged(ROUND, 1, "stavanger", ROUND + "/stavanger", LocalDate.of(2031, 3, 15),
                        LocalDate.of(2031, 4, 7), LocalDate.of(2031, 4, 20), null, true, "Frikjøp er ikke dekket"),
                new LateAppealConsidered(ROUND, 1, true, "Brevet kom fram sent"),
                new AppealReconsidered(ROUND, 1, ReconsiderationOutcome.NOT_GRANTED, "Ikke medhold", null),
                new AppealForwarded(ROUND, 1, "Utdanningsdirektoratet", "Uttalelse"),
                new AppealBodyDecided(ROUND, 1, AppealBodyOutcome.UPHELD, "2031/1", "I samsvar med planen", null),
                new ReportApproved(ROUND, "stavanger", 1, null),
                new RoundClosed(ROUND, 900_000L, 0L, 0L));
        // stavanger's grant holder is in the county's register; haugesund is not
        eventStore.publish(List.of(
                new GenericDomainEventMessage<>("RecipientRegister", "register-rogaland", 0, new OwnerRegistered(
                        "rogaland", "910000004", "Stavanger kommune", OwnerKind.MUNICIPALITY,
                        List.of(Institution.SCHOOL), List.of())),
                new GenericDomainEventMessage<>("RecipientRegister", "register-rogaland", 1, new NetworkRegistered(
                        "rogaland", "stavanger", "Stavangerregionen", null, "910000004", List.of("910000004")))));
        List<String> eventIds = new ArrayList<>();
        int roundSequence = 0;
        int grantSequence = 0;
        for (Object payload : history) {
            GenericDomainEventMessage<Object> event = payload instanceof GrantEvent
                    ? new GenericDomainEventMessage<>("Grant", STAVANGER_GRANT, grantSequence++, payload)
                    : new GenericDomainEventMessage<>("Round", ROUND, roundSequence++, payload);
            eventIds.add(event.getIdentifier());
            eventStore.publish(event);
        }

        List<ConsumerRecord<String, String>> records = TopicReader.awaitUntil(
                RealServers.get().kafkaBootstrapServers(), "kompetansemidler.grant-rounds",
                record -> ROUND.equals(record.key()),
                read -> ExampleDecisionConsumer.distinctIds(read) >= 22 && read.size() >= 24,
                Duration.ofSeconds(60));
        ExampleDecisionConsumer consumer = new ExampleDecisionConsumer();
        records.forEach(consumer::accept);

        assertThat(consumer.appliedEvents()).extracting(event -> event.get("type").asString()).containsExactly(
                "no.kompetansemidler.round.opened.v1",
                "no.kompetansemidler.notice.templatesent.v1",
                "no.kompetansemidler.call.announced.v1",
                "no.kompetansemidler.commitments.reduced.v1",
                "no.kompetansemidler.allocation.decided.v1",
                "no.kompetansemidler.history.head.v1",
                "no.kompetansemidler.grant.awarded.v1",
                "no.kompetansemidler.grant.awarded.v1",
                "no.kompetansemidler.tranche.granted.v1",
                "no.kompetansemidler.grant.withdrawn.v1",
                "no.kompetansemidler.grant.withdrawn.v2",
                "no.kompetansemidler.funds.reallocated.v1",
                "no.kompetansemidler.funds.carriedover.v1",
                "no.kompetansemidler.payment.ordered.v1",
                "no.kompetansemidler.notice.paymentmade.v1",
                "no.kompetansemidler.repayment.claimed.v1",
                "no.kompetansemidler.repayment.settled.v1",
                "no.kompetansemidler.appeal.lodged.v1",
                "no.kompetansemidler.appeal.lateconsidered.v1",
                "no.kompetansemidler.appeal.reconsidered.v1",
                "no.kompetansemidler.appeal.forwarded.v1",
                "no.kompetansemidler.appeal.decided.v1",
                "no.kompetansemidler.report.approved.v1",
                "no.kompetansemidler.round.closed.v1");
        // the ids are the event store's (both versions of a withdrawal carry its one id), and the internal
        // NeedsSubmissionClosed (the fourth event) is not among them
        assertThat(consumer.appliedEvents().stream().map(event -> event.get("id").asString()).distinct().toList())
                .containsExactlyElementsOf(eventIds.stream().filter(id -> !id.equals(eventIds.get(3))).toList());
        // a notice names its recipients by the organisation holding the grant in the register, as it stood then
        assertThat(consumer.appliedEvents()).filteredOn(event -> event.get("type").asString()
                .equals("no.kompetansemidler.notice.templatesent.v1")).singleElement().satisfies(notice -> {
                    JsonNode recipients = notice.get("data").get("recipients");
                    assertThat(recipients.get(0).get("networkId").asString()).isEqualTo("stavanger");
                    assertThat(recipients.get(0).get("organisationNumber").asString()).isEqualTo("910000004");
                    assertThat(recipients.get(1).get("networkId").asString()).isEqualTo("haugesund");
                    assertThat(recipients.get(1).get("organisationNumber").isNull()).isTrue();
                    assertThat(notice.get("data").get("dueBy").asString()).isEqualTo("2031-02-01T22:59:59Z");
                });
        // with the decision, the round's history head: the decision's chain hash as stored, which the round's
        // history, walked from its first event, leads to
        assertThat(consumer.appliedEvents()).filteredOn(event -> event.get("type").asString()
                .equals("no.kompetansemidler.history.head.v1")).singleElement().satisfies(head -> {
                    long sequence = head.get("data").get("sequenceNumber").asLong();
                    assertThat(head.get("data").get("chainHash").asString()).isEqualTo(jdbc.queryForObject(
                            "SELECT chain_hash FROM event_store.domain_event_entry WHERE aggregate_identifier = ? "
                                    + "AND sequence_number = ? AND payload_type = ?", String.class, ROUND, sequence,
                            AllocationDecided.class.getName()));
                    assertThat(HistoryChain.verifyStream(jdbc, ROUND).intact()).isTrue();
                });
        assertThat(consumer.appliedEvents()).allSatisfy(event -> {
            assertThat(ContractSchemas.violations(event)).as(event.toString()).isEmpty();
            assertThat(event.get("subject").asString()).isEqualTo(ROUND);
        });
        assertThat(records).allSatisfy(record -> assertThat(new String(record.headers().lastHeader("content-type")
                .value())).startsWith("application/cloudevents+json"));

        // a republication restores what integrations know, without the notices: nobody is reminded again
        HttpResponse<String> republished = post("/integration/republications", "{\"roundId\": \"" + ROUND + "\"}",
                "Authorization", bearer("administrator", "rogaland"));
        assertThat(republished.statusCode()).as(republished.body()).isEqualTo(200);
        // (the round's own stream, that is: the grant's payments and claims are its own), counted from the history,
        // not from the topic, which other tests' rounds share
        long roundsOwnWithoutNotices = history.stream().filter(payload -> !(payload instanceof GrantEvent))
                .flatMap(payload -> IntegrationContract.of(payload.getClass()).stream())
                .filter(type -> type.notice() == null).count();
        assertThat(JSON.readTree(republished.body()).get("recordsSent").asLong()).isEqualTo(roundsOwnWithoutNotices)
                .isEqualTo(19L);
    }

    @Test
    void a_record_that_breaks_the_contract_is_caught_by_the_schemas() {
        String closed = """
                {"specversion": "1.0", "id": "x", "source": "urn:kompetansemidler:command-service",
                 "type": "no.kompetansemidler.round.closed.v1", "subject": "oslo-2031",
                 "time": "2031-12-01T00:00:00Z", "datacontenttype": "application/json",
                 "data": {"roundId": "oslo-2031", "grantedOre": %s, "unspentOre": 0, "unallocatedOre": 0%s}}""";

        assertThat(ContractSchemas.violations(JSON.readTree(closed.formatted("1", "")))).isEmpty();
        assertThat(ContractSchemas.violations(JSON.readTree(closed.formatted("1", ", \"surprise\": true"))))
                .isNotEmpty();
        assertThat(ContractSchemas.violations(JSON.readTree(closed.formatted("-1", "")))).isNotEmpty();
    }
}
