package no.kompetansemidler.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import no.kompetansemidler.local.LocalPostgres;
import no.kompetansemidler.local.LocalSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A former forum member's personal data erased (ADR 22), through the deployed services: the member's name, votes
 * and statement were never stored in plain text anywhere (sealed under the member's key), every answer showed them
 * until the erasure and shows {@code [slettet]} after it, and the decision, the history's hash chain and the other
 * member's name are untouched.
 */
class PersonalDataErasureIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /**
     * This year's round, with a forum that met in the autumn before and a member whose term ended then: the needs
     * window must close within the budget year on the services' real clock, and the erasure needs a term ended
     * before today, so fixed years would fail once their year has passed.
     */
    private static final int YEAR = Year.now(ZoneId.of("Europe/Oslo")).getValue();
    private static final String ROUND = "vestfold-" + YEAR;
    private static final String NAME = "Synnøve Personvernsdottir";
    private static final String OTHER = "Trond Blirværende";
    private static final String LINES = """
            [{"recipientId": "larvik", "purpose": "NETWORK_FRAME", "years": 1, "networkOre": 60000,
              "partnerOre": 40000}]""";

    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path data;

    @Test
    void an_erased_member_is_gone_from_every_answer_and_table_and_the_history_still_verifies() throws Exception {
        try (LocalSystem system = DeployedServices.start(data, "personal-data")) {
            String synnove = appoint(system, NAME, "\"termTo\": \"" + (YEAR - 1) + "-12-31\"");
            String trond = appoint(system, OTHER, "\"networkIds\": []");
            decidedAfterAMeetingOf(system, synnove, trond);

            // before: every answer names her, no table holds her name
            await().atMost(Duration.ofSeconds(60)).until(() -> get(system, "/rounds/" + ROUND).statusCode() == 200
                    && read(system, "/rounds/" + ROUND).get("step").asString().equals("DECIDED"));
            String forum = get(system, "/counties/vestfold/forum").body();
            assertThat(forum).contains(NAME, OTHER);
            assertThat(get(system, "/rounds/" + ROUND + "/timeline").body()).contains(NAME, "administrator-vestfold");
            assertThat(tablesContaining(system, "Personvernsdottir")).isEmpty();
            assertThat(tablesContaining(system, "Blirværende")).isEmpty();
            String headBefore = read(system, "/rounds/" + ROUND + "/history-verification").get("head").asString();
            String verificationBefore = get(system, "/rounds/" + ROUND + "/verification").body();

            // a sitting member cannot be erased; a former one can, once
            assertThat(erase(system, trond).statusCode()).isEqualTo(422);
            HttpResponse<String> erased = erase(system, synnove);
            assertThat(erased.statusCode()).as(erased.body()).isEqualTo(200);
            HttpResponse<String> again = erase(system, synnove);
            assertThat(again.statusCode()).isEqualTo(409);
            assertThat(again.body()).contains("already-erased");

            // after: [slettet] wherever she was named; the other member and the decision as they were
            JsonNode register = read(system, "/counties/vestfold/forum");
            assertThat(register.toString()).doesNotContain(NAME).contains("[slettet]", OTHER);
            for (String path : List.of("/rounds/" + ROUND + "/timeline", "/rounds/" + ROUND + "/report.html",
                    "/counties/vestfold/forum", "/rounds/" + ROUND, "/rounds/" + ROUND + "/allocation")) {
                HttpResponse<String> answer = get(system, path);
                assertThat(answer.statusCode()).as(path).isEqualTo(200);
                assertThat(answer.body()).as(path).doesNotContain(NAME).doesNotContain("Personvernsdottir");
            }
            assertThat(get(system, "/rounds/" + ROUND + "/timeline").body()).contains("[slettet]", OTHER);
            assertThat(get(system, "/rounds/" + ROUND + "/allocation").body()).contains("[slettet]", OTHER);
            JsonNode chain = read(system, "/rounds/" + ROUND + "/history-verification");
            assertThat(chain.get("outcome").asString()).isEqualTo("INTACT");
            assertThat(chain.get("head").asString()).isEqualTo(headBefore);
            assertThat(read(system, "/history-verification", token(system, "auditor", "*"))
                    .get("outcome").asString()).isEqualTo("INTACT");
            // the decision (made by hand here) verifies as before, to the byte
            assertThat(get(system, "/rounds/" + ROUND + "/verification").body()).isEqualTo(verificationBefore)
                    .contains("\"outcome\":\"MADE_BY_HAND\"");
            assertThat(tablesContaining(system, "Personvernsdottir")).isEmpty();
        }
    }

    private String appoint(LocalSystem system, String name, String extra) throws Exception {
        HttpResponse<String> appointed = post(system, "/forums/vestfold/members", """
                {"name": "%s", "organisation": "Larvik kommune", "seat": "MUNICIPAL_SCHOOL_OWNER",
                 "role": "MEMBER", "termFrom": "%d-01-01", %s}""".formatted(name, YEAR - 1, extra));
        assertThat(appointed.statusCode()).as(appointed.body()).isEqualTo(201);
        return JSON.readTree(appointed.body()).get("memberId").asString();
    }

    private void decidedAfterAMeetingOf(LocalSystem system, String synnove, String trond) throws Exception {
        assertThat(post(system, "/rounds", "{\"county\": \"Vestfold\", \"budgetYear\": " + YEAR + ", "
                + "\"budgetFrameOre\": 100000}").statusCode()).isEqualTo(201);
        Instant deadline = Instant.now().plusSeconds(3);
        assertThat(post(system, "/rounds/" + ROUND + "/needs-template", "{\"templateVersion\": \"1\", "
                + "\"recipients\": [\"larvik\"], \"submissionDeadline\": \"" + deadline + "\"}").statusCode())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(60)).until(() -> post(system, "/rounds/" + ROUND + "/proposals",
                "{\"lines\": " + LINES + "}").statusCode() == 201);
        HttpResponse<String> meeting = post(system, "/rounds/" + ROUND + "/forum-meetings", """
                {"meetingDate": "%d-11-10", "memberIds": ["%s", "%s"], "items": [{"subject": "Fordeling",
                  "statements": [{"member": "%s", "text": "Larvik trenger dette."}],
                  "outcome": {"kind": "VOTE", "conclusion": "Tilrås", "votesFor": ["%s", "%s"]}}]}"""
                .formatted(YEAR - 1, synnove, trond, NAME, NAME, OTHER));
        assertThat(meeting.statusCode()).as(meeting.body()).isEqualTo(201);
        HttpResponse<String> decided = post(system, "/rounds/" + ROUND + "/decision", "{\"lines\": " + LINES
                + ", \"reportingDeadline\": \"" + Instant.now().plus(Duration.ofDays(400)) + "\"}");
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(201);
    }

    private HttpResponse<String> erase(LocalSystem system, String memberId) throws Exception {
        return post(system, "/forums/vestfold/members/" + memberId + "/personal-data/erasure",
                "{\"reason\": \"Medlemmet ba om sletting (GDPR art. 17)\"}");
    }

    /** Every table of every schema whose rows, read as text, contain the text. */
    private static List<String> tablesContaining(LocalSystem system, String text) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(system.postgres().jdbcUrl(), LocalPostgres.USER,
                LocalPostgres.PASSWORD)) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = connection.createStatement().executeQuery("SELECT table_schema, table_name "
                    + "FROM information_schema.tables WHERE table_type = 'BASE TABLE' AND table_schema NOT IN "
                    + "('pg_catalog', 'information_schema') ORDER BY 1, 2")) {
                while (rows.next()) {
                    tables.add('"' + rows.getString(1) + "\".\"" + rows.getString(2) + '"');
                }
            }
            assertThat(tables).contains("\"event_store\".\"domain_event_entry\"",
                    "\"personal_data\".\"data_key\"");
            for (String table : tables) {
                try (PreparedStatement query = connection.prepareStatement(
                        "SELECT count(*) FROM " + table + " t WHERE t::text LIKE ?")) {
                    query.setString(1, "%" + text + "%");
                    try (ResultSet count = query.executeQuery()) {
                        count.next();
                        if (count.getLong(1) > 0) {
                            found.add(table);
                        }
                    }
                }
            }
        }
        return found;
    }

    private HttpResponse<String> post(LocalSystem system, String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(system.commandService().baseUrl().resolve(path))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token(system, "administrator", "vestfold"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode read(LocalSystem system, String path) throws Exception {
        return read(system, path, token(system, "auditor", "vestfold"));
    }

    private JsonNode read(LocalSystem system, String path, String token) throws Exception {
        HttpResponse<String> response = get(system, path, token);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> get(LocalSystem system, String path) throws Exception {
        return get(system, path, token(system, "auditor", "vestfold"));
    }

    private HttpResponse<String> get(LocalSystem system, String path, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(system.queryService().baseUrl().resolve(path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String token(LocalSystem system, String role, String county) {
        return system.tokens().issue(role, county, List.of(), Duration.ofMinutes(5));
    }
}
