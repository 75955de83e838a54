package no.kompetansemidler.command;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import no.kompetansemidler.command.kernel.County;
import no.kompetansemidler.eventstore.personal.PersonalDataSeal;
import no.kompetansemidler.local.AccessRegistrar;
import no.kompetansemidler.local.LocalTokens;
import no.kompetansemidler.testsupport.RealServers;
import no.kompetansemidler.testsupport.WithRealServers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** command-service on a random port against real servers, driven over HTTP as a client would. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "kompetansemidler.deadlines.polling-interval=500ms")
@WithRealServers
public abstract class CommandServiceHttpTest {

    protected static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    protected int port;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    protected PersonalDataSeal personalData;
    /** The service's clock (a test may move it): grants are dated on it, as the service checks them. */
    @Autowired
    protected Clock serviceClock;

    protected final HttpClient http = HttpClient.newHttpClient();

    /** POSTs JSON; {@code headers} are name/value pairs. */
    protected HttpResponse<String> post(String path, String body, String... headers) throws Exception {
        return send("POST", path, body, headers);
    }

    /** PUTs JSON; {@code headers} are name/value pairs. */
    protected HttpResponse<String> put(String path, String body, String... headers) throws Exception {
        return send("PUT", path, body, headers);
    }

    private HttpResponse<String> send(String method, String path, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        boolean authorized = false;
        for (int i = 0; i < headers.length; i += 2) {
            if (headers[i + 1] != null) {
                request.header(headers[i], headers[i + 1]);
            }
            authorized |= headers[i].equalsIgnoreCase("Authorization");
        }
        if (!authorized) {
            request.header("Authorization", bearer("administrator", countyOf(path, body)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * An {@code Authorization} header value for a development token; pass it as a header to act as someone. A
     * representative, partner or forum member is a person granted the role through this service's access register
     * first (ADR 25); administrators and auditors are staff of the county's directory groups.
     */
    protected String bearer(String role, String county, String... networks) {
        int service = port;
        Clock clock = serviceClock;
        LocalTokens tokens = RealServers.tokens().withRegistrar(REGISTRARS.computeIfAbsent(service, port ->
                new AccessRegistrar(() -> URI.create("http://localhost:" + port), RealServers.tokens(), clock)));
        return "Bearer " + tokens.issue(role, county, List.of(networks), Duration.ofMinutes(10));
    }

    /** The registrars of the services started in this JVM, by port: each grants once per role. */
    private static final Map<Integer, AccessRegistrar> REGISTRARS = new ConcurrentHashMap<>();


    /**
     * Unless a test says who it is, a request comes from the administrator of the county it concerns: the county
     * of the round or plan in the path, or the {@code county} of the body.
     */
    private static String countyOf(String path, String body) {
        String[] segments = path.split("/");
        if (segments.length > 2 && segments[1].equals("rounds")) {
            return segments[2].substring(0, Math.max(0, segments[2].lastIndexOf('-')));
        }
        if (segments.length > 2 && segments[1].equals("plans")) {
            return County.find(segments[2]).map(County::slug).orElse(segments[2]);
        }
        try {
            JsonNode county = JSON.readTree(body).get("county");
            return county == null ? "oslo" : County.find(county.asString()).map(County::slug).orElse("oslo");
        } catch (JacksonException notJson) {
            return "oslo";
        }
    }

    /** The payloads of one event type of an aggregate, in order, as an auditor reads them from the store. */
    protected List<JsonNode> payloads(String aggregateId, Class<?> eventType) {
        return jdbc.sql("""
                        SELECT payload FROM event_store.domain_event_entry
                        WHERE aggregate_identifier = ? AND payload_type = ? ORDER BY sequence_number""")
                .params(aggregateId, eventType.getName()).query(String.class).list().stream()
                .map(JSON::readTree).toList();
    }

    /** How many events the aggregate with this identifier has in the event store. */
    protected long eventCount(String aggregateId) {
        return jdbc.sql("SELECT count(*) FROM event_store.domain_event_entry WHERE aggregate_identifier = ?")
                .param(aggregateId).query(Long.class).single();
    }

    /**
     * An event's metadata as the store opens it, with the actor's subject unsealed (ADR 22); {@code stored} gives it
     * as stored.
     */
    protected JsonNode metadataOf(String aggregateId, long sequenceNumber) {
        JsonNode metadata = JSON.readTree(storedMetadataOf(aggregateId, sequenceNumber));
        personalData.opening().metadata(metadata);
        return metadata;
    }

    /** An event's metadata exactly as stored. */
    protected String storedMetadataOf(String aggregateId, long sequenceNumber) {
        return jdbc.sql("""
                        SELECT meta_data FROM event_store.domain_event_entry
                        WHERE aggregate_identifier = ? AND sequence_number = ?""")
                .params(aggregateId, sequenceNumber).query(String.class).single();
    }
}
