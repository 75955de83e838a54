package no.kompetansemidler.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import no.kompetansemidler.local.LocalPostgres;
import no.kompetansemidler.local.LocalSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rebuild Job (ADR 23) run while query-service serves and commands go on: the views are rebuilt into new tables
 * and switched in; a reader polling the serving instance throughout never gets a missing or empty view, and what was
 * committed during the rebuild is in the views after it.
 */
class RebuildWhileServingIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> COUNTIES = List.of("agder", "akershus", "buskerud", "finnmark", "innlandet",
            "nordland", "oslo", "rogaland", "telemark", "troms");

    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path data;

    @Test
    void readers_never_see_an_empty_view_while_a_rebuild_job_runs_and_switches() throws Exception {
        try (LocalSystem system = DeployedServices.start(data, "rebuild-job")) {
            // frames by round, as the commands set them
            Map<String, Long> frames = new TreeMap<>();
            for (String county : COUNTIES) {
                open(system, county, 2031, frames);
            }
            for (String round : frames.keySet()) {
                await().atMost(Duration.ofSeconds(60)).until(() -> frameOf(system, round) == frames.get(round));
            }

            // a view damaged behind the projections' back: the rebuild must mend it from the events
            String damaged = "agder-2031";
            try (Connection connection = DriverManager.getConnection(system.postgres().jdbcUrl(),
                    LocalPostgres.USER, LocalPostgres.PASSWORD); Statement statement = connection.createStatement()) {
                statement.execute("UPDATE query_service.round_view SET budget_frame_ore = 1 WHERE round_id = '"
                        + damaged + "'");
            }
            assertThat(frameOf(system, damaged)).isNotEqualTo(frames.get(damaged));

            // a reader polls every round's view on the serving instance throughout
            AtomicBoolean reading = new AtomicBoolean(true);
            ConcurrentLinkedQueue<String> gaps = new ConcurrentLinkedQueue<>();
            AtomicInteger reads = new AtomicInteger();
            List<String> before = List.copyOf(frames.keySet());
            Thread reader = new Thread(() -> {
                while (reading.get()) {
                    for (String round : before) {
                        try {
                            HttpResponse<String> view = get(system, "/rounds/" + round);
                            if (view.statusCode() != 200 || JSON.readTree(view.body()).get("budgetFrameOre")
                                    .asLong() <= 0) {
                                gaps.add(round + ": " + view.statusCode() + " " + view.body());
                            }
                            reads.incrementAndGet();
                        } catch (Exception e) {
                            gaps.add(round + ": " + e);
                        }
                    }
                }
            }, "reader");
            reader.start();

            // the job, with commands going on meanwhile
            Thread writer = new Thread(() -> {
                try {
                    for (String county : COUNTIES) {
                        open(system, county, 2032, frames);
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, "writer");
            writer.start();
            int exit = system.runJob("query-service", "rebuild-job", List.of("--rebuild-job"),
                    Duration.ofMinutes(4));
            writer.join();
            Thread.sleep(2000); // reads across the switch and just after it
            reading.set(false);
            reader.join();

            assertThat(exit).as("the job's exit code; its log is query-service-rebuild-job.log").isZero();
            assertThat(gaps).as("reads that found a view missing or empty").isEmpty();
            assertThat(reads.get()).isGreaterThan(100);
            Path jobLog = Path.of(System.getProperty("system-test.logs", "target/service-logs"), "rebuild-job",
                    "query-service-rebuild-job.log");
            assertThat(Files.readString(jobLog)).contains("Switched the rebuilt views in");
            assertThat(frameOf(system, damaged)).as("the damaged view, rebuilt").isEqualTo(frames.get(damaged));

            // everything committed before, during and after the rebuild is in the views
            open(system, "vestland", 2033, frames);
            for (String round : frames.keySet()) {
                await().atMost(Duration.ofSeconds(60)).until(() -> frameOf(system, round) == frames.get(round));
            }
            try (Connection connection = DriverManager.getConnection(system.postgres().jdbcUrl(),
                    LocalPostgres.USER, LocalPostgres.PASSWORD); Statement statement = connection.createStatement()) {
                assertThat(count(statement, "SELECT count(*) FROM event_store.token_entry "
                        + "WHERE processor_name LIKE '%-next'")).isZero();
                assertThat(count(statement, "SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'query_service_%'"))
                        .isZero();
                assertThat(count(statement, "SELECT count(*) FROM query_service.round_view"))
                        .isEqualTo(frames.size());
            }
        }
    }

    private void open(LocalSystem system, String county, int year, Map<String, Long> frames) throws Exception {
        long frame = 100_000_000L + year * 1000L + county.length();
        HttpResponse<String> opened = http.send(DeployedServices.command(system, system.commandService().baseUrl(),
                "/rounds", county, UUID.randomUUID().toString(), """
                        {"county": "%s", "budgetYear": %d, "budgetFrameOre": %d}""".formatted(
                        Character.toUpperCase(county.charAt(0)) + county.substring(1), year, frame)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        synchronized (frames) {
            frames.put(county + "-" + year, frame);
        }
    }

    private long frameOf(LocalSystem system, String round) throws Exception {
        HttpResponse<String> view = get(system, "/rounds/" + round);
        return view.statusCode() == 200 ? JSON.readTree(view.body()).get("budgetFrameOre").asLong() : -1;
    }

    private HttpResponse<String> get(LocalSystem system, String path) throws Exception {
        String county = path.substring("/rounds/".length(), path.lastIndexOf('-'));
        URI uri = system.queryService().baseUrl().resolve(path);
        return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + system.tokens().issue("administrator", county, List.of(),
                        Duration.ofMinutes(5))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long count(Statement statement, String sql) throws Exception {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
