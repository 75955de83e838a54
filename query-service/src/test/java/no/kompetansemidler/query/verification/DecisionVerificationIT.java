package no.kompetansemidler.query.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import no.kompetansemidler.allocation.plans.PlanCatalogue;
import no.kompetansemidler.events.decision.AllocationDecided;
import no.kompetansemidler.events.needs.Measure;
import no.kompetansemidler.events.needs.NeedsReportContent;
import no.kompetansemidler.events.needs.NeedsReportSubmitted;
import no.kompetansemidler.events.needs.Partner;
import no.kompetansemidler.events.needs.PartnerKind;
import no.kompetansemidler.events.needs.TargetGroup;
import no.kompetansemidler.events.proposal.NetworkKeyFigures;
import no.kompetansemidler.events.proposal.ProposalDrafted;
import no.kompetansemidler.events.round.RoundOpened;
import no.kompetansemidler.recorded.ComputedProposal;
import no.kompetansemidler.recorded.LineArithmetic;
import no.kompetansemidler.recorded.NeedsReportsOnFile;
import no.kompetansemidler.recorded.ProposalInputs;
import no.kompetansemidler.testsupport.RealServers;
import no.kompetansemidler.testsupport.WithRealServers;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A decided Innlandet round in the event store, verified over HTTP; then one needs report's stored payload is
 * altered in the table, as a tampered copy of the history would be, and verification reports the mismatch.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithRealServers
class DecisionVerificationIT {

    private static final String ROUND = "innlandet-2033";
    private static final String PLAN = "2026-01-15";
    private static final long FRAME = 6_000_000_00L;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ORIGINAL = "\"ownerOre\":150000000";
    private static final String ALTERED = "\"ownerOre\":250000000";

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private long sequence;

    @Test
    void a_recorded_decision_verifies_and_an_altered_needs_report_in_the_store_is_reported_as_a_mismatch()
            throws Exception {
        assertThat(verification().statusCode()).isEqualTo(404);
        decidedRound();

        JsonNode verified = JSON.readTree(verification().body());
        assertThat(verified.get("outcome").asString()).isEqualTo("VERIFIED");
        assertThat(verified.get("planVersion").asString()).isEqualTo(PLAN);
        assertThat(verified.get("recomputedFingerprint").asString())
                .isEqualTo(verified.get("recordedFingerprint").asString());
        assertThat(verified.get("mismatches")).isEmpty();
        assertThat(verified.get("lines").valueStream().map(line -> line.get("needsReportId").asString()))
                .contains("gjovik-1", "lillehammer-1");
        assertThat(verified.get("lines").valueStream()).allSatisfy(line ->
                assertThat(line.get("same").asBoolean()).isTrue());

        // the tampering is undone afterwards: the other tests of this JVM rebuild views from the same store
        String tamperedRow = """
                UPDATE event_store.domain_event_entry SET payload = replace(payload, ?, ?)
                WHERE aggregate_identifier = ? AND payload_type LIKE '%NeedsReportSubmitted'
                  AND payload LIKE '%gjovik-1%'""";
        assertThat(jdbc.sql(tamperedRow).params(ORIGINAL, ALTERED, ROUND).update()).isEqualTo(1);
        try {
            JsonNode mismatch = JSON.readTree(verification().body());
            assertThat(mismatch.get("outcome").asString()).isEqualTo("MISMATCH");
            assertThat(mismatch.get("recomputedFingerprint").asString())
                    .isNotEqualTo(mismatch.get("recordedFingerprint").asString());
            assertThat(mismatch.get("mismatches").valueStream().map(found -> found.get("check").asString()))
                    .contains("input-fingerprint", "proposal-lines");
            assertThat(mismatch.get("mismatches").valueStream()
                    .filter(found -> found.get("check").asString().equals("proposal-lines"))
                    .map(found -> found.get("subject").asString()))
                    .anyMatch(subject -> subject.contains("gjovik-1"));
        } finally {
            jdbc.sql(tamperedRow).params(ALTERED, ORIGINAL, ROUND).update();
        }
    }

    private void decidedRound() {
        RoundOpened opened = new RoundOpened(ROUND, "Innlandet", 2033, FRAME, PLAN, null);
        NeedsReportSubmitted gjovik = new NeedsReportSubmitted(ROUND, "gjovik-1", "gjovik",
                needs(TargetGroup.SCHOOL, 2, 1_500_000_00L, 1_000_000_00L));
        NeedsReportSubmitted lillehammer = new NeedsReportSubmitted(ROUND, "lillehammer-1", "lillehammer",
                needs(TargetGroup.KINDERGARTEN, 1, 700_000_00L, 300_000_00L));
        List<NetworkKeyFigures> keyFigures = List.of(new NetworkKeyFigures("gjovik", 250_00L, 3_000L),
                new NetworkKeyFigures("lillehammer", 150_00L, 2_000L));
        NeedsReportsOnFile onFile = new NeedsReportsOnFile();
        onFile.apply(gjovik);
        onFile.apply(lillehammer);
        ProposalInputs inputs = new ProposalInputs(FRAME, 0, keyFigures, onFile.standing(), List.of(), Map.of(),
                Map.of(), Map.of());
        ProposalDrafted proposal = ComputedProposal.compute(PlanCatalogue.standard().version("Innlandet", PLAN)
                .orElseThrow(), inputs).recorded(ROUND, 1, inputs);
        append(opened);
        append(gjovik);
        append(lillehammer);
        append(proposal);
        append(new AllocationDecided(ROUND, 1, PLAN, proposal.lines(), List.of(), Map.of(),
                LineArithmetic.laterYearCommitments(2033, proposal.lines()),
                FRAME - LineArithmetic.totalOre(proposal.lines()), Instant.parse("2034-03-01T00:00:00Z")));
    }

    private void append(Object event) {
        eventStore.publish(new GenericDomainEventMessage<>("Round", ROUND, sequence++, event));
    }

    private HttpResponse<String> verification() throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/rounds/" + ROUND
                        + "/verification"))
                .header("Authorization", "Bearer " + RealServers.tokens().issue("auditor", "innlandet", List.of(),
                        Duration.ofMinutes(5))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static NeedsReportContent needs(TargetGroup targetGroup, int years, long ownerOre, long partnerOre) {
        return new NeedsReportContent(List.of("Gjøvik kommune"),
                List.of(new Partner("Høgskolen i Innlandet", PartnerKind.UNIVERSITY_OR_COLLEGE)), targetGroup,
                List.of("inkludering"), List.of(new Measure("Inkluderende praksis", years, ownerOre, partnerOre,
                0L, 0L)), "Ledere deltar", "Samisk innhold", 0L, false, 0);
    }
}
