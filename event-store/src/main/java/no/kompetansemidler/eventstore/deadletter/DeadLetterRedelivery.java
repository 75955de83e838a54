package no.kompetansemidler.eventstore.deadletter;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.axonframework.config.EventProcessingConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Hands the dead letters that failed for a passing reason ({@link TransientFailure}) to their group again, a
 * round at a time in each round's order, every few seconds, until they go through: after a broker outage the
 * publisher delivers what waited, with nobody's help. A round whose letter fails again stays, and the next pass
 * tries again.
 */
public class DeadLetterRedelivery implements SmartLifecycle {

    /** Rounds handed back per group and pass, so one pass stays short. */
    static final int ROUNDS_PER_PASS = 100;
    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterRedelivery.class);

    private final ContainedFailures contained;
    private final EventProcessingConfiguration processing;
    private final Duration interval;
    private ScheduledExecutorService scheduler;

    public DeadLetterRedelivery(ContainedFailures contained, EventProcessingConfiguration processing,
                                Duration interval) {
        this.contained = contained;
        this.processing = processing;
        this.interval = interval;
    }

    /** One pass over every group; returns how many rounds went through. */
    public int redeliver() {
        int delivered = 0;
        for (String group : contained.processingGroups()) {
            var processor = processing.sequencedDeadLetterProcessor(group);
            if (processor.isEmpty()) {
                continue;
            }
            for (int round = 0; round < ROUNDS_PER_PASS; round++) {
                if (!processor.get().process(ContainedFailures::handedBackByItself)) {
                    break;
                }
                delivered++;
            }
        }
        return delivered;
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "dead-letter-redelivery");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                int delivered = redeliver();
                if (delivered > 0) {
                    LOG.info("Handed {} round(s) of dead letters to their groups again after a passing failure",
                            delivered);
                }
            } catch (RuntimeException failed) {
                LOG.warn("Dead letters could not be handed back this time: {}", failed.toString());
            }
        }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
