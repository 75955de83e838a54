package no.kompetansemidler.query.testkit;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import no.kompetansemidler.events.access.HolderIds;
import no.kompetansemidler.local.LocalTokens;
import no.kompetansemidler.testsupport.RealServers;
import no.kompetansemidler.testsupport.WithRealServers;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * query-service on a random port against real servers, its history written straight into the event store and read
 * over HTTP as a client would, with a development token of the role and county a test names.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithRealServers
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class QueryServiceHttpTest {

    protected static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    protected int port;
    @Autowired
    protected EventStore eventStore;
    @Autowired
    protected HolderIds holderIds;

    private final HttpClient http = HttpClient.newHttpClient();

    /**
     * A bearer token of the role in the county ({@code *} for a national auditor), speaking for {@code networks}:
     * for staff of the county's directory group (administrators, auditors), or for a person granted the role in
     * the access register of the running test's store (ADR 25).
     */
    protected String token(String role, String county, String... networks) {
        return tokens().issue(role, county, List.of(networks), Duration.ofMinutes(5));
    }

    /** The test tokens, granting register roles in the running test's store. */
    protected LocalTokens tokens() {
        return RealServers.tokens().withRegistrar(new StoreRegistrar(eventStore, holderIds));
    }

    /** GETs the path, with the token if there is one. */
    protected HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
