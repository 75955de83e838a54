package no.kompetansemidler.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.kompetansemidler.local.LocalPostgres;
import no.kompetansemidler.local.ExampleNotificationService;
import no.kompetansemidler.local.LocalSystem;
import no.kompetansemidler.local.SampleYear;
import no.kompetansemidler.testsupport.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The sample year a new user runs beside the run command, driven through the public API of the deployed services,
 * and then audited as an auditor would: every view, the views as they were after the needs, the proposal and the
 * decision, the decision recomputed and verified, a rebuild of every view from empty tables, and a needs report
 * altered in the event store caught by verification. The tests share the one year and run in order; the last one
 * alters the store.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SampleYearIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> VIEW_TABLES = List.of("round_view", "allocation_view", "reporting_view",
            "reporting_view_applied", "commitments_ledger");

    @TempDir
    static Path data;

    private LocalSystem system;
    private String round;
    private String printed;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void aWholeInnlandetYearThroughThePublicApi() throws Exception {
        // on a clock moved to a day the year was verified on: 2027's needs window closes within 2027 in any year
        Duration clockOffset = DeployedServices.offsetToVerifiedDay();
        system = DeployedServices.start(data, "", clockOffset);
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        round = new SampleYear(system.commandService().baseUrl(), system.queryService().baseUrl(),
                system.tokens(), new PrintStream(output, true, StandardCharsets.UTF_8),
                Clock.offset(Clock.systemUTC(), clockOffset)).run(2027);
        printed = output.toString(StandardCharsets.UTF_8);
        // the sample waits for the round view; each other view is its own projection and may be a moment behind
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            HttpResponse<String> reporting = get("/rounds/" + round + "/reporting");
            HttpResponse<String> ledger = get("/counties/innlandet/commitments");
            JsonNode recipients = reporting.statusCode() == 200 ? JSON.readTree(reporting.body()) : null;
            return recipients != null && !recipients.isEmpty() && recipients.valueStream()
                    .allMatch(recipient -> recipient.get("status").asString().equals("APPROVED"))
                    && ledger.statusCode() == 200 && ledger.body().contains(round);
        });
    }

    @AfterAll
    void stop() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    @Order(1)
    void the_grant_letters_are_pdfs_with_the_appeal_text_that_applies_to_each_recipient() throws Exception {
        assertThat(printed).contains("/grants/private-skoler/letter.pdf");
        // the private schools may appeal (fvl. §§ 28-29); a network of municipalities may not
        assertThat(letterText("private-skoler")).contains("Statsforvalteren i Innlandet",
                "Postboks 987, 2604 Lillehammer", "Klagefristen er tre uker");
        assertThat(letterText("valdres")).contains("Vedtaket kan derfor ikke påklages").doesNotContain("tre uker");
    }

    @Test
    @Order(1)
    void the_private_schools_appeal_is_partly_granted_with_a_new_letter_and_the_directorate_upholds_the_rest()
            throws Exception {
        assertThat(printed).contains("appeal partly granted on reconsideration", "/appeals");
        JsonNode appeal = read("/rounds/" + round + "/appeals").get("appeals").get(0);
        assertThat(appeal.get("recipientId").asString()).isEqualTo("private-skoler");
        assertThat(appeal.get("late").asBoolean()).isFalse();
        assertThat(appeal.get("reconsideration").get("outcome").asString()).isEqualTo("PARTLY_GRANTED");
        assertThat(appeal.get("forwarding").get("appealBody").asString()).isEqualTo("Utdanningsdirektoratet");
        assertThat(appeal.get("appealBodyDecision").get("outcome").asString()).isEqualTo("UPHELD");
        assertThat(appeal.get("stage").asString()).isEqualTo("DECIDED");

        // the decision still verifies as made, and the verification names the appeal's change
        JsonNode verification = read("/rounds/" + round + "/verification");
        assertThat(verification.get("outcome").asString()).isEqualTo("VERIFIED");
        JsonNode change = verification.get("appealChanges").get(0);
        assertThat(change.get("amountOre").asLong()).isEqualTo(400_000L);
        assertThat(change.get("reallocationNumber").asInt()).isEqualTo(2);
        assertThat(letterText("private-skoler", "?reallocation=2"))
                .contains("etter klage nr. 1", "4 000,00 kr", "delvis medhold",
                        "Til: Private skoler i Innlandet (private-skoler)", "Innlandet Montessoriskole AS");
    }

    @Test
    @Order(1)
    void each_letter_served_is_the_document_recorded_for_it_byte_for_byte() throws Exception {
        // the letters' documents are recorded by a processor of their own, moments after each letter
        await().atMost(Duration.ofSeconds(60)).until(() -> get("/rounds/" + round
                + "/grants/private-skoler/letter.pdf?reallocation=2").statusCode() == 200);
        Map<String, String> recorded = new LinkedHashMap<>();
        try (Connection connection = database(); PreparedStatement query = connection.prepareStatement(
                "SELECT payload FROM event_store.domain_event_entry WHERE aggregate_identifier = ? "
                        + "AND payload_type LIKE '%GrantLetterDocumented' ORDER BY sequence_number")) {
            query.setString(1, "letters-" + round);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    JsonNode documented = JSON.readTree(row.getString(1));
                    recorded.put(documented.get("letterReference").asString(), documented.get("sha256").asString());
                }
            }
        }
        // every letter of the decision, the withdrawn funds' reallocation and the appeal
        assertThat(recorded).containsKeys(round + "/private-skoler", round + "/valdres",
                round + "/nord-osterdal/reallocation-1", round + "/private-skoler/reallocation-2");
        for (String query : List.of("", "?reallocation=2")) {
            HttpResponse<byte[]> letter = http.send(HttpRequest.newBuilder(system.queryService().baseUrl()
                    .resolve("/rounds/" + round + "/grants/private-skoler/letter.pdf" + query))
                    .header("Authorization", "Bearer " + auditor()).build(), HttpResponse.BodyHandlers.ofByteArray());
            String sha256 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(letter.body()));
            assertThat(sha256).isEqualTo(recorded.get(round + "/private-skoler"
                    + (query.isEmpty() ? "" : "/reallocation-2")));
        }
    }

    @Test
    @Order(1)
    void the_year_ends_closed_with_its_decision_in_every_view() throws Exception {
        assertThat(printed).contains("200  the open call announced", "round closed", "report.html");
        assertThat(read("/rounds/" + round).get("step").asString()).isEqualTo("CLOSED");

        JsonNode allocation = read("/rounds/" + round + "/allocation");
        JsonNode view = allocation.get("view");
        assertThat(view.get("planVersion").asString()).isEqualTo("2026-01-15");
        assertThat(view.get("budgetFrameOre").asLong()).isEqualTo(28_734_500_00L);
        assertThat(allocation.get("needsTotal").get("reports").asInt()).isEqualTo(10);
        assertThat(view.get("proposal").get("lines").size()).isPositive();
        assertThat(view.get("decision").get("lines")).isEqualTo(view.get("proposal").get("lines"));
        assertThat(view.get("forumMeetings")).hasSize(1);
        assertThat(view.get("withdrawals")).hasSize(1);
        // the withdrawn funds' reallocation, and the appeal's grant
        assertThat(view.get("reallocations")).hasSize(2);

        JsonNode reporting = read("/rounds/" + round + "/reporting");
        assertThat(reporting.size()).isEqualTo(view.get("decision").get("lines").valueStream()
                .map(line -> line.get("recipientId").asString()).distinct().count());
        assertThat(reporting.valueStream()).allSatisfy(recipient -> {
            assertThat(recipient.get("status").asString()).isEqualTo("APPROVED");
            assertThat(recipient.get("usedOre").asLong() + recipient.get("unspentOre").asLong())
                    .isEqualTo(recipient.get("grantedOre").asLong());
        });

        // gjøvik's measures run two years, so the decision commits its line to 2028
        long gjovik2028 = view.get("decision").get("lines").valueStream()
                .filter(line -> line.get("years").asInt() == 2)
                .mapToLong(line -> line.get("networkOre").asLong() + line.get("partnerOre").asLong()).sum();
        assertThat(gjovik2028).isPositive();
        assertThat(read("/counties/innlandet/commitments").valueStream()
                .filter(line -> line.get("fromRoundId").asString().equals(round)))
                .singleElement().satisfies(line -> {
                    assertThat(line.get("budgetYear").asInt()).isEqualTo(2028);
                    assertThat(line.get("committedOre").asLong()).isEqualTo(gjovik2028);
                });

        List<JsonNode> timeline = timeline();
        assertThat(timeline.get(0).get("event").asString()).isEqualTo("RoundOpened");
        assertThat(timeline.get(timeline.size() - 1).get("event").asString()).isEqualTo("RoundClosed");
        assertThat(timeline).filteredOn(entry -> entry.get("event").asString().equals("NeedsReportSubmitted"))
                .hasSize(10).allSatisfy(entry ->
                        assertThat(entry.get("actorRole").asString()).isEqualTo("network-representative"));

        String gjovikToken = system.tokens().issue("network-representative", "innlandet", List.of("gjovik"),
                Duration.ofMinutes(5));
        JsonNode gjovik = read("/rounds/" + round + "/networks/gjovik", gjovikToken);
        assertThat(gjovik.get("needsReports")).hasSize(1);
        assertThat(gjovik.get("decidedOre").asLong()).isPositive();
        assertThat(gjovik.get("decided").valueStream().map(line -> line.get("recipientId").asString()))
                .containsOnly("gjovik");
        assertThat(gjovik.get("reporting").get("status").asString()).isEqualTo("APPROVED");
        assertThat(get("/rounds/" + round + "/networks/hamar", gjovikToken).statusCode()).isEqualTo(404);
        assertThat(get("/rounds/" + round + "/allocation", gjovikToken).statusCode()).isEqualTo(403);

        String csv = get("/rounds/" + round + "/decision.csv").body();
        assertThat(csv).startsWith("\uFEFF").contains("gjovik", "private-skoler");
        String report = get("/rounds/" + round + "/report.html").body();
        assertThat(report).contains(round, "<svg", "AllocationDecided", "stemmer (VERIFIED)");
    }

    @Test
    @Order(2)
    void the_decision_and_the_rest_of_the_contract_are_on_kafka() {
        List<ConsumerRecord<String, String>> published = TopicReader.awaitUntil(
                system.kafka().bootstrapServers(), "kompetansemidler.grant-rounds",
                record -> round.equals(record.key()), records -> records.stream()
                        .anyMatch(record -> record.value().contains("no.kompetansemidler.round.closed.v1")),
                Duration.ofSeconds(60));
        assertThat(published).extracting(record -> JSON.readTree(record.value()).get("type").asString())
                .contains("no.kompetansemidler.allocation.decided.v1", "no.kompetansemidler.grant.awarded.v1",
                        "no.kompetansemidler.funds.reallocated.v1", "no.kompetansemidler.report.approved.v1",
                        "no.kompetansemidler.call.announced.v1",
                        "no.kompetansemidler.appeal.lodged.v1", "no.kompetansemidler.appeal.reconsidered.v1",
                        "no.kompetansemidler.appeal.forwarded.v1", "no.kompetansemidler.appeal.decided.v1",
                        "no.kompetansemidler.round.closed.v1");
    }

    @Test
    @Order(2)
    void the_example_notification_service_sends_the_years_notices_to_the_organisations_in_the_register() {
        List<ConsumerRecord<String, String>> published = TopicReader.awaitUntil(
                system.kafka().bootstrapServers(), "kompetansemidler.grant-rounds",
                record -> round.equals(record.key()), records -> records.stream()
                        .anyMatch(record -> record.value().contains("no.kompetansemidler.round.closed.v1")),
                Duration.ofSeconds(60));
        ExampleNotificationService service = new ExampleNotificationService();
        published.forEach(record -> service.accept(record.value()));
        // the template went to the ten networks, each reached through the organisation holding its grant
        assertThat(service.sent()).filteredOn(line -> line.startsWith("[templatesent]")).hasSize(10)
                .allSatisfy(line -> assertThat(line).contains("Statsforvalteren har sendt behovsmeldingsmal 2027-1 "
                        + "for " + round, "[frist ").doesNotContain("not sent to"))
                .anySatisfy(line -> assertThat(line).startsWith(
                        "[templatesent] to 921000006 Nord-Aurdal kommune (valdres) [frist "));
        // valdres reported after the deadline: reminded halfway to it, and told it was overdue (others may be
        // named too, if this machine took longer than the deadline's 40 seconds to send their reports)
        assertThat(service.sent()).filteredOn(line -> line.startsWith("[reportingreminder]"))
                .anySatisfy(line -> assertThat(line)
                        .startsWith("[reportingreminder] to 921000006 Nord-Aurdal kommune (valdres) ")
                        .contains("Påminnelse: rapporten om bruken av tilskuddet i " + round));
        assertThat(service.sent()).filteredOn(line -> line.startsWith("[reportsoverdue]"))
                .anySatisfy(line -> assertThat(line)
                        .startsWith("[reportsoverdue] to 921000006 Nord-Aurdal kommune (valdres) "));
        // delivered again, nothing is sent twice
        published.forEach(record -> assertThat(service.accept(record.value())).isEmpty());
    }

    @Test
    @Order(3)
    void the_allocation_view_as_it_was_after_the_needs_after_the_proposal_and_after_the_decision()
            throws Exception {
        List<JsonNode> timeline = timeline();
        JsonNode now = read("/rounds/" + round + "/allocation").get("view");

        JsonNode afterNeeds = asOf(positionOf(timeline, "NeedsSubmissionClosed"));
        assertThat(afterNeeds.get("needsTotal").get("reports").asInt()).isEqualTo(10);
        assertThat(afterNeeds.get("view").get("proposal").isNull()).isTrue();

        JsonNode afterProposal = asOf(positionOf(timeline, "ProposalDrafted")).get("view");
        assertThat(afterProposal.get("proposal")).isEqualTo(now.get("proposal"));
        assertThat(afterProposal.get("forumMeetings")).isEmpty();
        assertThat(afterProposal.get("decision").isNull()).isTrue();

        JsonNode afterDecision = asOf(positionOf(timeline, "AllocationDecided")).get("view");
        assertThat(afterDecision.get("forumMeetings")).hasSize(1);
        assertThat(afterDecision.get("decision")).isEqualTo(now.get("decision"));
        assertThat(afterDecision.get("withdrawals")).isEmpty();
        assertThat(afterDecision.get("reallocations")).isEmpty();
    }

    @Test
    @Order(4)
    void the_decision_verifies_when_recomputed_from_the_events() throws Exception {
        JsonNode verification = read("/rounds/" + round + "/verification");

        assertThat(verification.get("outcome").asString()).as(verification.get("mismatches").toString())
                .isEqualTo("VERIFIED");
        assertThat(verification.get("planVersion").asString()).isEqualTo("2026-01-15");
        assertThat(verification.get("mismatches")).isEmpty();
        assertThat(verification.get("recomputedFingerprint").asString())
                .isEqualTo(verification.get("recordedFingerprint").asString());
        assertThat(verification.get("lines").size()).isPositive();
        assertThat(verification.get("lines").valueStream()).allSatisfy(line ->
                assertThat(line.get("same").asBoolean()).isTrue());
    }

    @Test
    @Order(5)
    void a_rebuild_from_empty_view_tables_gives_the_same_rows() throws Exception {
        Map<String, List<String>> live = viewRows();
        assertThat(live.get("allocation_view")).isNotEmpty();
        assertThat(live.get("reporting_view")).isNotEmpty();

        system.queryService().stop();
        try (Connection connection = database(); Statement statement = connection.createStatement()) {
            statement.execute("TRUNCATE " + String.join(", ", VIEW_TABLES.stream()
                    .map(table -> "query_service." + table).toList()));
        }
        Path log = system.restartQueryService(List.of("--rebuild")).logFile();
        await().atMost(Duration.ofMinutes(2))
                .until(() -> Files.readString(log, StandardCharsets.UTF_8).contains("Rebuilt "));

        assertThat(viewRows()).isEqualTo(live);
        assertThat(read("/rounds/" + round).get("step").asString()).isEqualTo("CLOSED");
    }

    @Test
    @Order(6)
    void a_needs_report_altered_in_the_event_store_makes_the_verification_a_mismatch() throws Exception {
        try (Connection connection = database()) {
            String select = "SELECT event_identifier, payload FROM event_store.domain_event_entry "
                    + "WHERE aggregate_identifier = ? AND payload_type LIKE '%NeedsReportSubmitted' "
                    + "AND payload LIKE '%\"networkId\":\"hamar\"%'";
            String eventId;
            ObjectNode payload;
            try (PreparedStatement query = connection.prepareStatement(select)) {
                query.setString(1, round);
                try (ResultSet row = query.executeQuery()) {
                    assertThat(row.next()).as("hamar's needs report in the store").isTrue();
                    eventId = row.getString(1);
                    payload = (ObjectNode) JSON.readTree(row.getString(2));
                }
            }
            ObjectNode measure = (ObjectNode) payload.get("content").get("measures").get(0);
            measure.put("ownerOre", measure.get("ownerOre").asLong() + 50_000_000L);
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE event_store.domain_event_entry SET payload = ? WHERE event_identifier = ?")) {
                update.setString(1, JSON.writeValueAsString(payload));
                update.setString(2, eventId);
                assertThat(update.executeUpdate()).isEqualTo(1);
            }
        }

        JsonNode verification = read("/rounds/" + round + "/verification");

        assertThat(verification.get("outcome").asString()).isEqualTo("MISMATCH");
        assertThat(verification.get("mismatches").valueStream().map(found -> found.get("check").asString()))
                .contains("input-fingerprint");
        assertThat(verification.get("recomputedFingerprint").asString())
                .isNotEqualTo(verification.get("recordedFingerprint").asString());
    }

    private JsonNode asOf(long position) throws Exception {
        JsonNode answer = read("/rounds/" + round + "/allocation?position=" + position);
        assertThat(answer.get("source").asString()).isEqualTo("event-history");
        return answer;
    }

    private static long positionOf(List<JsonNode> timeline, String event) {
        return timeline.stream().filter(entry -> entry.get("event").asString().equals(event))
                .mapToLong(entry -> entry.get("position").asLong()).max().orElseThrow();
    }

    /** Every event of the round, page by page. */
    private List<JsonNode> timeline() throws Exception {
        List<JsonNode> entries = new ArrayList<>();
        long after = -1;
        while (true) {
            JsonNode page = read("/rounds/" + round + "/timeline?size=50&after=" + after);
            page.get("entries").forEach(entries::add);
            if (page.get("next") == null || page.get("next").isNull()) {
                return entries;
            }
            after = page.get("next").asLong();
        }
    }

    /** Each view table's rows as JSON text, sorted, so two readings compare row by row. */
    private Map<String, List<String>> viewRows() throws SQLException {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        try (Connection connection = database(); Statement statement = connection.createStatement()) {
            for (String table : VIEW_TABLES) {
                List<String> tableRows = new ArrayList<>();
                try (ResultSet row = statement.executeQuery(
                        "SELECT row_to_json(t)::text FROM query_service." + table + " t ORDER BY 1")) {
                    while (row.next()) {
                        tableRows.add(row.getString(1));
                    }
                }
                rows.put(table, tableRows);
            }
        }
        return rows;
    }

    private Connection database() throws SQLException {
        return DriverManager.getConnection(system.postgres().jdbcUrl(), LocalPostgres.USER, LocalPostgres.PASSWORD);
    }

    private JsonNode read(String path) throws IOException, InterruptedException {
        return read(path, auditor());
    }

    private JsonNode read(String path, String token) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path, token);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(path, auditor());
    }

    /** The recipient's grant letter, fetched twice (the same bytes), read as a PDF reader would. */
    private String letterText(String recipient) throws IOException, InterruptedException {
        return letterText(recipient, "");
    }

    private String letterText(String recipient, String query) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(system.queryService().baseUrl().resolve("/rounds/" + round
                + "/grants/" + recipient + "/letter.pdf" + query)).header("Authorization", "Bearer " + auditor())
                .build();
        HttpResponse<byte[]> letter = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(letter.statusCode()).isEqualTo(200);
        assertThat(letter.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(http.send(request, HttpResponse.BodyHandlers.ofByteArray()).body()).isEqualTo(letter.body());
        try (PDDocument document = Loader.loadPDF(letter.body())) {
            return new PDFTextStripper().getText(document).replace('\u00A0', ' ').replaceAll("\\s*\\R\\s*", " ");
        }
    }

    private String auditor() {
        return system.tokens().issue("auditor", "innlandet", List.of(), Duration.ofMinutes(5));
    }

    private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(system.queryService().baseUrl().resolve(path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }
}
