package no.kompetansemidler.system;

import java.nio.file.Path;

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
        return LocalSystem.start(new LocalSystem.Settings(data,
                Path.of(System.getProperty("system-test.logs", "target/service-logs")).resolve(logs), 0, 0, 0, 0,
                Path.of(System.getProperty("command-service.jar")), Path.of(System.getProperty("query-service.jar")),
                null));
    }
}
