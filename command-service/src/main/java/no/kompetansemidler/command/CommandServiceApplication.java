package no.kompetansemidler.command;

import no.kompetansemidler.access.web.AccessConfiguration;
import no.kompetansemidler.eventstore.EventStoreConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** Workflow commands of the annual grant cycle: decides them and appends their events to the event store. */
@SpringBootApplication
@Import({EventStoreConfiguration.class, AccessConfiguration.class})
public class CommandServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(CommandServiceApplication.class, args);
    }
}
