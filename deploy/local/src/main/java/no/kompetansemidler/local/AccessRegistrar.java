package no.kompetansemidler.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Grants a person a role through the command service's access register, as the county's administrator (a staff
 * token of the county's directory group): the way the local run, the sample year and the system tests give people
 * their roles. A role already granted (409) is fine; each grant is asked for once per registrar.
 */
public final class AccessRegistrar implements LocalTokens.Registrar {

    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    private final Supplier<URI> commandService;
    private final LocalTokens tokens;
    private final Clock clock;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Set<String> granted = ConcurrentHashMap.newKeySet();

    public AccessRegistrar(Supplier<URI> commandService, LocalTokens tokens, Clock clock) {
        this.commandService = commandService;
        this.tokens = tokens;
        this.clock = clock;
    }

    /** The organisation a local person of the role acts for, named as the local tokens once named it. */
    public static String organisationOf(String role, String county) {
        return "Local " + role + " (" + county + ")";
    }

    @Override
    public void grant(String identity, String role, String county, List<String> networks) {
        String key = identity + "|" + role + "|" + county + "|" + networks;
        if (granted.contains(key)) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(NORWAY));
        String body = """
                {"holder": {"kind": "PERSON", "identity": "%s"}, "organisation": "%s", "role": "%s",
                 "networkIds": [%s], "validFrom": "%s", "validUntil": "%s", "reason": "Local development and tests"}"""
                .formatted(identity, organisationOf(role, county), role.toUpperCase(Locale.ROOT).replace('-', '_'),
                        networks.stream().map(network -> "\"" + network + "\"").collect(Collectors.joining(", ")),
                        today.minusDays(1), today.plusYears(2));
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            commandService.get().resolve("/access-register/" + county + "/grants"))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + tokens.issue("administrator", county, List.of(),
                            Duration.ofMinutes(5)))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201 && !(response.statusCode() == 409
                    && response.body().contains("already-granted"))) {
                throw new IllegalStateException("granting " + role + " in " + county + " answered "
                        + response.statusCode() + ": " + response.body());
            }
            granted.add(key);
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach the command service to grant a role", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while granting a role", e);
        }
    }
}
