package no.kompetansemidler.query.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import no.kompetansemidler.events.decision.AllocationDecided;
import no.kompetansemidler.events.decision.Deviation;
import no.kompetansemidler.events.needs.TargetGroup;
import no.kompetansemidler.events.proposal.AllocationLine;
import no.kompetansemidler.events.round.RoundOpened;
import no.kompetansemidler.testsupport.RealServers;
import no.kompetansemidler.testsupport.WithRealServers;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.preflight.parser.PreflightParser;
import org.apache.pdfbox.text.PDFTextStripper;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The exports of a decided round: the decision table as CSV for a Norwegian spreadsheet, and the printable audit
 * report (this decision was made without the forum's discussion, with the reason recorded).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithRealServers
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DecisionExportIT {

    private static final String ROUND = "troms-2033";

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void the_decision_downloads_as_utf8_csv_with_semicolons_and_decimal_commas() throws Exception {
        HttpRequest request = get("/decision.csv");
        await().atMost(Duration.ofSeconds(30)).until(() ->
                http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/csv").containsIgnoringCase("charset=UTF-8"));
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(value -> assertThat(value).contains("vedtak-troms-2033.csv"));
        byte[] body = response.body();
        assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String[] lines = new String(body, 3, body.length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines).containsExactly(
                "Runde;Mottaker;Formål;Behovsmelding;Målgruppe;År;Nettverk (øre);Partner (øre);Sum (øre);Sum (NOK);"
                        + "Avvik fra forslag",
                "troms-2033;tromsø;NEEDS_REPORT;tromsø-1;SCHOOL;2;12345678;100;12345778;123457,78;"
                        + "\"Forumets innspill; \"\"lang vei\"\"\"");
    }

    @Test
    void the_printable_audit_report_has_the_decision_a_chart_and_every_event_escaped() throws Exception {
        HttpRequest request = get("/report.html");
        await().atMost(Duration.ofSeconds(30)).until(() ->
                http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("<h1>Revisjonsrapport: troms-2033</h1>", "<svg", "tromsø",
                "123\u202F457,78", "Forumets innspill; &quot;lang vei&quot;", "RoundOpened", "AllocationDecided",
                // this history has a decision but not the proposal it names, which the report's check shows
                "Kontroll av vedtaket", "avvik funnet (MISMATCH)", "<td>proposal</td><td>proposal 1</td>",
                // decided without the forum's discussion (§12), with the county governor's reason
                "Vedtatt uten at samarbeidsforumet drøftet forslag 1 (§ 12). Begrunnelse: Forumets møte ble avlyst "
                        + "&lt;uvær&gt;",
                // the round's stored history checked against its hash chain, with the head to compare
                "Hendelsene er kontrollert mot hash-kjeden og er uendret", "Kjedens siste hash: " + head() + ".")
                .doesNotContain("\"lang vei\"");
    }

    @Test
    void the_audit_report_is_also_a_pdf_a_document_with_the_same_facts_in_oslo_time(@TempDir Path directory)
            throws Exception {
        HttpRequest request = get("/report.pdf");
        await().atMost(Duration.ofSeconds(30)).until(() ->
                http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        String text;
        try (PDDocument document = Loader.loadPDF(response.body())) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s*\\R\\s*", " ");
        }
        assertThat(text).contains("Revisjonsrapport: troms-2033", "tromsø · NEEDS_REPORT (tromsø-1) · 2 år",
                "123\u202F457,78 NOK", "Vedtatt uten at samarbeidsforumet drøftet forslag 1 (§ 12)",
                "Avvik for tromsø: Forumets innspill; \"lang vei\"", "avvik funnet (MISMATCH)", "Hendelser (norsk tid)",
                "AllocationDecided", "Historikkens hash-kjede", "er uendret");
        assertThat(text.replace(" ", "")).contains(head());
        assertThat(http.send(request, HttpResponse.BodyHandlers.ofByteArray()).body()).isEqualTo(response.body());
        Path file = directory.resolve("report.pdf");
        Files.write(file, response.body());
        assertThat(PreflightParser.validate(file.toFile()).getErrorsList()).isEmpty();
    }

    /** The chain hash of the round's last stored event. */
    private String head() {
        return jdbc.queryForObject("SELECT chain_hash FROM event_store.domain_event_entry WHERE aggregate_identifier = ? "
                + "ORDER BY sequence_number DESC LIMIT 1", String.class, ROUND);
    }

    private HttpRequest get(String view) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/rounds/" + ROUND + view))
                .header("Authorization", "Bearer " + RealServers.tokens().issue("administrator", "troms",
                        List.of(), Duration.ofMinutes(5))).build();
    }

    @BeforeAll
    void aDecidedRound() {
        eventStore.publish(List.of(
                new GenericDomainEventMessage<>("Round", ROUND, 0, new RoundOpened(ROUND, "Troms", 2033, 1L, null, null)),
                new GenericDomainEventMessage<>("Round", ROUND, 1, new AllocationDecided(ROUND, 1, "2026-2029",
                        List.of(new AllocationLine("tromsø", "NEEDS_REPORT", "tromsø-1", TargetGroup.SCHOOL, 2,
                                123_456_78L, 1_00L)),
                        List.of(new Deviation("tromsø", 100L, 123_457_78L, "Forumets innspill; \"lang vei\"")),
                        Map.of(), Map.of(), 0L, Instant.parse("2034-06-01T21:59:59Z"),
                        "Forumets møte ble avlyst <uvær>"))));
    }
}
