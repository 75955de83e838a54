package no.kompetansemidler.query;

import no.kompetansemidler.access.web.AccessConfiguration;
import no.kompetansemidler.eventstore.EventStoreConfiguration;
import no.kompetansemidler.query.rebuild.RebuildJob;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** Views of the annual grant cycle, projected from the event store that command-service writes. */
@SpringBootApplication
@Import({EventStoreConfiguration.class, AccessConfiguration.class})
public class QueryServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(QueryServiceApplication.class, RebuildJob.arguments(args));
    }
}
