package no.kompetansemidler.command.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import no.kompetansemidler.eventstore.personal.PersonalDataKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Ends the retention of personal data (ADR 22): every night, the keys of persons who have not appeared in an event
 * for ten years after the end of that year are erased, so their names and token subjects read {@code [slettet]}
 * everywhere. Runs on one instance at a time (a recurring task of the service's scheduler, kept in PostgreSQL).
 */
@Component
public class PersonalDataRetention {

    public static final String TASK = "personal-data-retention";
    private static final Logger LOG = LoggerFactory.getLogger(PersonalDataRetention.class);

    private final PersonalDataKeys keys;
    private final Clock clock;

    PersonalDataRetention(PersonalDataKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /** The nightly task, for the scheduler to start. */
    public RecurringTask<Void> task() {
        return Tasks.recurring(TASK, Schedules.daily(LocalTime.of(2, 30)))
                .execute((instance, context) -> eraseExpired());
    }

    /** Erases the keys whose retention ended before today. @return how many */
    public int eraseExpired() {
        LocalDate today = LocalDate.now(clock);
        int erased = keys.eraseExpired(today);
        LOG.info("Personal data retention: erased {} key(s) whose retention ended before {}", erased, today);
        return erased;
    }
}
