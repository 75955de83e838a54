package no.kompetansemidler.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import no.kompetansemidler.local.LocalSystem;
import no.kompetansemidler.local.SampleYear;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sample over two years, as a new user runs it with {@code --years=2} on the deployed services: 2027's two-year
 * line is reserved by 2028, granted by 2028's decision with a letter of its own, and paid from its 2027 grant; both
 * years close and both decisions verify.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleYearsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path data;

    private LocalSystem system;
    private List<String> rounds;
    private String printed;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void twoInnlandetYearsThroughThePublicApi() throws Exception {
        // on a clock moved to a day the year was verified on: 2027's needs window closes within 2027 in any year
        Duration clockOffset = DeployedServices.offsetToVerifiedDay();
        system = DeployedServices.start(data, "two-years", clockOffset);
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        rounds = new SampleYear(system.commandService().baseUrl(), system.queryService().baseUrl(),
                system.tokens(), new PrintStream(output, true, StandardCharsets.UTF_8),
                Clock.offset(Clock.systemUTC(), clockOffset)).runYears(2027, 2);
        printed = output.toString(StandardCharsets.UTF_8);
    }

    @AfterAll
    void stop() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void the_second_year_grants_and_pays_the_tranche_the_first_year_promised() throws Exception {
        assertThat(rounds).containsExactly("innlandet-2027", "innlandet-2028");
        assertThat(printed).contains("payment of 2028's tranche of grant innlandet-2027/", "recorded as made");
        for (String round : rounds) {
            assertThat(read("/rounds/" + round).get("step").asString()).isEqualTo("CLOSED");
            assertThat(read("/rounds/" + round + "/verification").get("outcome").asString()).isEqualTo("VERIFIED");
        }

        // the 2027 grant that ran two years: promised, granted by 2028, paid
        JsonNode decision2027 = read("/rounds/innlandet-2027/allocation").get("view").get("decision");
        String twoYears = decision2027.get("lines").valueStream().filter(line -> line.get("years").asInt() == 2)
                .findFirst().orElseThrow().get("recipientId").asString();
        await().atMost(Duration.ofSeconds(30)).until(() -> read("/rounds/innlandet-2027/grants/" + twoYears)
                .get("paidOre").asLong() > 0);
        JsonNode grant = read("/rounds/innlandet-2027/grants/" + twoYears);
        JsonNode tranche2028 = grant.get("tranches").valueStream()
                .filter(tranche -> tranche.get("budgetYear").asInt() == 2028).findFirst().orElseThrow();
        assertThat(tranche2028.get("grantedBy").asString()).isEqualTo("innlandet-2028");
        assertThat(grant.get("payments").get(0).get("amountOre").asLong())
                .isEqualTo(tranche2028.get("standingOre").asLong()).isPositive();
        assertThat(read("/counties/innlandet/commitments").toString()).contains("innlandet-2027");
    }

    private JsonNode read(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(system.queryService().baseUrl()
                        .resolve(path)).header("Authorization", "Bearer " + system.tokens().issue("auditor",
                        "innlandet", List.of(), Duration.ofMinutes(5))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
