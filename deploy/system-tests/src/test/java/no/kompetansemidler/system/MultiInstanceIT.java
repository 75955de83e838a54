package no.kompetansemidler.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import no.kompetansemidler.local.LocalPostgres;
import no.kompetansemidler.local.LocalSystem;
import no.kompetansemidler.local.ServiceProcess;
import no.kompetansemidler.testsupport.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two instances of each service on one PostgreSQL and Kafka (ADR 23): each processor's segments are shared between
 * them; under load from several clients one instance of each is killed (SIGKILL); the survivors take over every
 * segment; every acknowledged command's events are stored, projected and published, a repeat on Kafka only with the
 * same id; a client's retry of a command it got no answer for, sent to the other instance, gets one round, not two;
 * a deadline the killed instance scheduled fires on the survivor.
 */
class MultiInstanceIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TOPIC = "kompetansemidler.grant-rounds";
    private static final List<String> COUNTIES = List.of("agder", "akershus", "buskerud", "finnmark", "innlandet",
            "nordland", "oslo", "rogaland", "telemark", "troms", "vestfold", "vestland");
    private static final int CLIENTS = 4;
    /**
     * Axon's claim timeout (10 s), then the survivors' next claim round (5 s) and a balancer round (3 s), with a
     * little room for a busy machine.
     */
    private static final Duration TAKE_OVER = Duration.ofSeconds(25);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    /** Commands sent again to the other instance after the first gave no answer. */
    private final AtomicInteger retried = new AtomicInteger();

    @TempDir
    Path data;

    @Test
    void two_instances_share_the_segments_and_the_survivors_of_a_kill_lose_nothing() throws Exception {
        try (LocalSystem system = DeployedServices.start(data, "multi-instance")) {
            ServiceProcess command2 = system.startInstance("command-service", 2);
            ServiceProcess query2 = system.startInstance("query-service", 2);
            try {
                // 1. each processor's segments are shared: half each, as the token table says
                await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                        .until(() -> everyProcessorSharedEvenly(system));
                String killedCommand = nodeOf(system, command2);
                String killedQuery = nodeOf(system, query2);
                Set<String> commandNodes = Set.of(nodeOf(system, system.commandService()), killedCommand);
                Set<String> queryNodes = Set.of(nodeOf(system, system.queryService()), killedQuery);
                // each processor's segments are held by exactly the two instances of the service that runs it
                assertThat(ownersByProcessor(system).values()).allSatisfy(owners ->
                        assertThat(Set.copyOf(owners.keySet())).isIn(commandNodes, queryNodes));

                // a deadline scheduled by the instance that will be killed: the survivor keeps it
                String deadlineRound = "ostfold-2100";
                assertThat(post(system, command2.baseUrl(), "/rounds", "ostfold", """
                        {"county": "Østfold", "budgetYear": 2100, "budgetFrameOre": 100000000}""").statusCode())
                        .isEqualTo(201);
                HttpResponse<String> template = post(system, command2.baseUrl(), "/rounds/" + deadlineRound
                        + "/needs-template", "ostfold", """
                        {"templateVersion": "2100-1", "submissionDeadline": "%s", "recipients": ["fredrikstad"]}"""
                        .formatted(Instant.now().plusSeconds(20).truncatedTo(ChronoUnit.SECONDS)));
                assertThat(template.statusCode()).as(template.body()).isEqualTo(200);

                // 2. clients send commands to both command-services; one of each service is killed meanwhile
                List<URI> commandServices = List.of(system.commandService().baseUrl(), command2.baseUrl());
                AtomicBoolean stop = new AtomicBoolean();
                List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
                ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
                List<Future<?>> running = new ArrayList<>();
                for (int client = 0; client < CLIENTS; client++) {
                    int first = client;
                    running.add(clients.submit(() -> {
                        for (int n = first; !stop.get() && n < COUNTIES.size() * 70; n += CLIENTS) {
                            acknowledged.add(openRound(system, commandServices, n));
                        }
                        return null;
                    }));
                }
                await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.size() >= 20);
                command2.kill();
                query2.kill();
                long killedAt = System.nanoTime();
                int beforeTheKill = acknowledged.size();
                await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.size() >= beforeTheKill + 20);
                stop.set(true);
                for (Future<?> client : running) {
                    client.get();
                }
                clients.shutdown();

                // 3. the survivors hold every segment, none is left to the dead
                await().atMost(TAKE_OVER).pollInterval(Duration.ofMillis(250)).until(() ->
                        ownersByProcessor(system).values().stream().noneMatch(owners ->
                                owners.containsKey(killedCommand) || owners.containsKey(killedQuery)
                                        || owners.containsKey(null)));
                System.out.printf("survivors held every segment %.1f s after the kill%n",
                        (System.nanoTime() - killedAt) / 1e9);

                System.out.printf("%d rounds opened, %d of them before the kill; %d sent again to the other "
                        + "instance after no answer%n", acknowledged.size(), beforeTheKill, retried.get());
                await().atMost(Duration.ofSeconds(90)).until(() -> {
                    HttpResponse<String> round = get(system.queryService().baseUrl(), "/rounds/" + deadlineRound,
                            system, deadlineRound);
                    return round.statusCode() == 200
                            && JSON.readTree(round.body()).get("step").asString().equals("NEEDS_CLOSED");
                });

                // 4. nothing acknowledged is lost: stored once, projected, published (a repeat only with its id)
                Set<String> rounds = new TreeSet<>(acknowledged);
                assertThat(rounds).hasSameSizeAs(acknowledged);
                assertThat(openedInTheStore(system)).containsAll(rounds).contains(deadlineRound);
                for (String round : rounds) {
                    await().atMost(Duration.ofSeconds(60)).until(() -> get(system.queryService().baseUrl(),
                            "/rounds/" + round, system, round).statusCode() == 200);
                }
                List<ConsumerRecord<String, String>> published = TopicReader.awaitUntil(
                        system.kafka().bootstrapServers(), TOPIC, record -> true, records -> records.stream()
                                .map(ConsumerRecord::key).collect(Collectors.toSet()).containsAll(rounds),
                        Duration.ofSeconds(90));
                Map<String, Set<String>> idsByRound = new TreeMap<>();
                for (ConsumerRecord<String, String> record : published) {
                    JsonNode event = JSON.readTree(record.value());
                    if (event.get("type").asString().equals("no.kompetansemidler.round.opened.v1")) {
                        idsByRound.computeIfAbsent(record.key(), key -> new TreeSet<>()).add(event.get("id")
                                .asString());
                    }
                }
                assertThat(idsByRound.keySet()).containsAll(rounds);
                assertThat(idsByRound.values()).allSatisfy(ids -> assertThat(ids).hasSize(1));
            } finally {
                command2.kill();
                query2.kill();
            }
        }
    }

    /**
     * Opens the n-th round, on one command-service or the other; where the instance gives no answer (killed), the
     * same command with the same id goes to the other, as a client retries: its answer is the round either way.
     */
    private String openRound(LocalSystem system, List<URI> commandServices, int n) throws Exception {
        String county = COUNTIES.get(n % COUNTIES.size());
        int year = 2030 + n / COUNTIES.size();
        String commandId = UUID.randomUUID().toString();
        String body = """
                {"county": "%s", "budgetYear": %d, "budgetFrameOre": %d}""".formatted(
                Character.toUpperCase(county.charAt(0)) + county.substring(1), year, 100_000_000L + n);
        for (int attempt = 0; ; attempt++) {
            URI service = commandServices.get((n + attempt) % commandServices.size());
            try {
                HttpResponse<String> response = http.send(DeployedServices.command(system, service, "/rounds", county,
                        commandId, body).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
                return JSON.readTree(response.body()).get("roundId").asString();
            } catch (IOException noAnswer) {
                assertThat(attempt).as("answered by neither instance: " + noAnswer).isLessThan(5);
                retried.incrementAndGet();
            }
        }
    }

    private boolean everyProcessorSharedEvenly(LocalSystem system) throws SQLException {
        Map<String, Map<String, Integer>> owners = ownersByProcessor(system);
        return !owners.isEmpty() && owners.values().stream().allMatch(byOwner -> byOwner.size() == 2
                && !byOwner.containsKey(null)
                && byOwner.values().stream().mapToInt(Integer::intValue).max().orElse(0)
                - byOwner.values().stream().mapToInt(Integer::intValue).min().orElse(0) <= 1);
    }

    /** Each processor: how many segments each owner holds ({@code null}: unclaimed). */
    private static Map<String, Map<String, Integer>> ownersByProcessor(LocalSystem system) throws SQLException {
        Map<String, Map<String, Integer>> owners = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(system.postgres().jdbcUrl(), LocalPostgres.USER,
                LocalPostgres.PASSWORD); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT processor_name, owner, count(*) FROM event_store.token_entry GROUP BY 1, 2")) {
            while (rows.next()) {
                owners.computeIfAbsent(rows.getString(1), processor -> new HashMap<>())
                        .put(rows.getString(2), rows.getInt(3));
            }
        }
        return owners;
    }

    private HttpResponse<String> post(LocalSystem system, URI service, String path, String county, String body)
            throws Exception {
        return http.send(DeployedServices.command(system, service, path, county, UUID.randomUUID().toString(), body)
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> openedInTheStore(LocalSystem system) throws SQLException {
        List<String> rounds = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(system.postgres().jdbcUrl(), LocalPostgres.USER,
                LocalPostgres.PASSWORD); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT aggregate_identifier FROM event_store.domain_event_entry"
                     + " WHERE payload_type = 'no.kompetansemidler.events.round.RoundOpened'")) {
            while (rows.next()) {
                rounds.add(rows.getString(1));
            }
        }
        return rounds;
    }

    /** The name an instance claims its segments in, from its processors' status. */
    private String nodeOf(LocalSystem system, ServiceProcess instance) throws Exception {
        HttpResponse<String> response = get(instance.baseUrl(), "/admin/processors", system, "agder-2030");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).get("node").asString();
    }

    private HttpResponse<String> get(URI service, String path, LocalSystem system, String round) throws Exception {
        String county = round.substring(0, round.lastIndexOf('-'));
        return http.send(HttpRequest.newBuilder(service.resolve(path)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + system.tokens().issue("administrator", county, List.of(),
                        Duration.ofMinutes(5))).build(), HttpResponse.BodyHandlers.ofString());
    }
}
