package no.kompetansemidler.command.deadline;

import java.time.Clock;
import java.util.List;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import no.kompetansemidler.command.retention.PersonalDataRetention;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.config.SpringAxonConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * Deadlines that survive restarts: Axon's db-scheduler deadline manager on PostgreSQL instead of its in-memory
 * default. Scheduling joins the command's transaction (the data source is transaction-aware), so a refused command
 * leaves no deadline behind and an accepted one cannot lose its deadline.
 */
@Configuration
@EnableConfigurationProperties(DeadlineProperties.class)
public class DeadlineConfiguration {

    static final String TABLE = "command_service.scheduled_tasks";

    /**
     * Also runs the nightly end of personal data's retention, on one instance at a time. It keeps the services'
     * time, so a deadline falls due when the rules' clock says it has passed.
     */
    @Bean
    public Scheduler deadlineScheduler(DataSource dataSource, ApplicationContext context,
                                       DeadlineProperties properties, PersonalDataRetention retention, Clock clock) {
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), List.of(
                        DbSchedulerDeadlineManager.binaryTask(() -> context.getBean(DbSchedulerDeadlineManager.class))))
                .startTasks(retention.task())
                .tableName(TABLE)
                .clock(clock::instant)
                .pollingInterval(properties.pollingInterval())
                .threads(2)
                .build();
    }

    @Bean
    public DeadlineManager deadlineManager(Scheduler deadlineScheduler,
                                           org.axonframework.config.Configuration axonConfiguration,
                                           Serializer serializer, TransactionManager transactionManager) {
        return DbSchedulerDeadlineManager.builder()
                .scheduler(deadlineScheduler)
                .scopeAwareProvider(new ConfigurationScopeAwareProvider(axonConfiguration))
                .serializer(serializer)
                .transactionManager(transactionManager)
                .startScheduler(false)
                .stopScheduler(false)
                .build();
    }

    /** Fires deadlines only while Axon runs: starts after it, stops before it. */
    @Bean
    public SmartLifecycle deadlineSchedulerLifecycle(Scheduler deadlineScheduler) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                deadlineScheduler.start();
                running = true;
            }

            @Override
            public void stop() {
                deadlineScheduler.stop();
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }

            @Override
            public int getPhase() {
                return SpringAxonConfiguration.LIFECYCLE_PHASE + 1;
            }
        };
    }
}
