package no.kompetansemidler.eventstore.operations;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/**
 * The event processors in the readiness: {@code DEGRADED} while a processor is in error or its group holds dead
 * letters, with each processor's state in the details. Degraded answers 200 and keeps the instance in rotation: one
 * poisoned round must not take every instance out of service, and the database check makes readiness fail when
 * nothing can be served.
 */
public class ProcessorHealth extends AbstractHealthIndicator {

    /** Serving, but some views or records lag until an operator acts (see docs/operations.md). */
    public static final Status DEGRADED = new Status("DEGRADED", "an event processor is in error or holds dead letters");

    private final ProcessorStatus status;

    public ProcessorHealth(ProcessorStatus status) {
        super("the event processors' state could not be read");
        this.status = status;
    }

    /** A failure to read the state (the database away) is {@code DOWN} with the error, as Spring's indicators are. */
    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Map<String, Object> details = new LinkedHashMap<>();
        boolean degraded = false;
        for (ProcessorStatus.Processor processor : status.processors()) {
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("running", processor.running());
            detail.put("error", processor.error());
            detail.put("segments", processor.segments().size());
            detail.put("behind", processor.behind());
            detail.put("deadLetters", processor.deadLetters());
            details.put(processor.name(), detail);
            degraded |= processor.degraded();
        }
        builder.status(degraded ? DEGRADED : Status.UP).withDetails(details);
    }
}
