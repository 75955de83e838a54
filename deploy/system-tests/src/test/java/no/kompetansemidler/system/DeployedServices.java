package no.kompetansemidler.system;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import no.kompetansemidler.local.LocalSystem;

/** Both services as the build packaged them, started as processes against an embedded PostgreSQL and Kafka. */
final class DeployedServices {

    private DeployedServices() {
    }

    /**
     * @param data        where the servers keep their data
     * @param logs        the services' log folder under the system tests' logs ({@code ""} for the folder itself)
     */
    static LocalSystem start(Path data, String logs) {
        return start(data, logs, Duration.ZERO);
    }

    /**
     * How far to move the services' clock so it reads 1 December 2026, 09:00 in Norway, now: a day the system tests'
     * years were verified on. Their 2026 and 2027 rounds' needs windows must close within those years, which the
     * real clock allows only while the years last.
     */
    static Duration offsetToVerifiedDay() {
        return Duration.between(Instant.now(), ZonedDateTime.of(2026, 12, 1, 9, 0, 0, 0, ZoneId.of("Europe/Oslo"))
                .toInstant());
    }

    /** @param clockOffset how far both services' clock is moved from the real one */
    static LocalSystem start(Path data, String logs, Duration clockOffset) {
        return LocalSystem.start(new LocalSystem.Settings(data,
                Path.of(System.getProperty("system-test.logs", "target/service-logs")).resolve(logs), 0, 0, 0, 0,
                Path.of(System.getProperty("command-service.jar")), Path.of(System.getProperty("query-service.jar")),
                null, 0, clockOffset));
    }

    /**
     * A command as the county's administrator sends it: a JSON body with its command id and a development token; the
     * caller may add headers before building it.
     */
    static HttpRequest.Builder command(LocalSystem system, URI service, String path, String county, String commandId,
                                       String body) {
        return HttpRequest.newBuilder(service.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Command-Id", commandId)
                .header("Authorization", "Bearer " + system.tokens().issue("administrator", county, List.of(),
                        Duration.ofMinutes(5)))
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }
}
