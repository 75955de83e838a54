package no.kompetansemidler.query.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import no.kompetansemidler.events.needs.Measure;
import no.kompetansemidler.events.needs.NeedsReportContent;
import no.kompetansemidler.events.needs.NeedsReportSubmitted;
import no.kompetansemidler.events.needs.NeedsReportWithdrawn;
import no.kompetansemidler.events.needs.TargetGroup;
import no.kompetansemidler.events.round.BudgetFrameRevised;
import no.kompetansemidler.events.round.RoundEvent;
import no.kompetansemidler.events.round.RoundOpened;
import no.kompetansemidler.testsupport.WithRealServers;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The allocation view's projection over one batch of a round's events, as a processor hands them to it: the needs
 * reports' rows are written as each is handled, the round's document moves on to the last of them only when the
 * batch commits, and the view is then the fold of the same events. Driven here in a unit of work of its own, on
 * events the store does not hold (the serving processors never see them).
 */
@SpringBootTest
@WithRealServers
class NeedsMovesIT {

    private static final Instant START = Instant.parse("2026-11-02T10:15:30.123Z");

    @Autowired
    AllocationViewProjection projection;
    @Autowired
    AllocationViews views;
    @Autowired
    TransactionManager transactionManager;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_batch_moves_the_document_on_once_when_it_commits_and_gives_the_fold_of_its_events() {
        String round = "agder-2031";
        List<RoundEvent> events = new ArrayList<>();
        events.add(new RoundOpened(round, "Agder", 2031, 20_000_000_00L, null, null));
        handleInOneBatch(round, events, 0, null);
        assertThat(lastSequence(round)).isZero();

        List<RoundEvent> batch = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            batch.add(report(round, "report-" + i, 150_000_00L + i));
            if (i == 4) {
                batch.add(new BudgetFrameRevised(round, 21_000_000_00L, 20_000_000_00L, "2031/1"));
            }
            if (i == 8) {
                batch.add(new NeedsReportWithdrawn(round, "report-2", "agder-network", "Trukket"));
                batch.add(new NeedsReportWithdrawn(round, "never-filed", "agder-network", "Feil"));
            }
        }
        events.addAll(batch);
        long revised = events.indexOf(batch.get(5));
        AtomicLong beforeCommit = new AtomicLong(-2);
        handleInOneBatch(round, batch, 1, () -> beforeCommit.set(lastSequence(round)));

        // before the commit the document stood at the revised frame (the batch's last event that was no report)
        assertThat(beforeCommit.get()).isEqualTo(revised);
        assertThat(lastSequence(round)).isEqualTo(events.size() - 1);
        assertThat(views.find(round)).contains(fold(events));
    }

    @Test
    void a_report_whose_row_fails_is_not_moved_past_so_its_retry_is_still_taken_in() {
        String round = "agder-2032";
        List<RoundEvent> events = new ArrayList<>(List.of(new RoundOpened(round, "Agder", 2032, 20_000_000_00L,
                null, null)));
        handleInOneBatch(round, events, 0, null);
        List<RoundEvent> batch = List.of(report(round, "report-0", 100_000_00L), report(round, "report-1", 200_000_00L),
                // no network: the row's NOT NULL refuses it, in the handler's own savepoint as a serving processor has
                new NeedsReportSubmitted(round, "report-2", null, content(300_000_00L)));
        handleInOneBatch(round, batch, 1, null);

        assertThat(lastSequence(round)).isEqualTo(2);
        assertThat(views.find(round).orElseThrow().needsReports()).containsOnlyKeys("report-0", "report-1");
        // the failed event, mended and handled again (as a dead letter's retry), is still after the view
        handleInOneBatch(round, List.of(report(round, "report-2", 300_000_00L)), 3, null);
        assertThat(lastSequence(round)).isEqualTo(3);
        assertThat(views.find(round).orElseThrow().needsReports()).containsOnlyKeys("report-0", "report-1",
                "report-2");
    }

    /**
     * Hands the events to the projection in one batching unit of work with a transaction, each handler in a
     * savepoint (a failing one rolled back to it, as the serving processors do); {@code beforeCommit} runs after the
     * last event, inside the transaction.
     */
    private void handleInOneBatch(String round, List<RoundEvent> events, long firstSequence, Runnable beforeCommit) {
        List<GenericDomainEventMessage<RoundEvent>> messages = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            long sequence = firstSequence + i;
            messages.add(new GenericDomainEventMessage<>("Round", round, sequence, events.get(i), Map.of(),
                    "message-" + round + "-" + sequence, START.plusSeconds(sequence)));
        }
        TransactionTemplate savepoint = new TransactionTemplate(transactions);
        savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        BatchingUnitOfWork<GenericDomainEventMessage<RoundEvent>> work = new BatchingUnitOfWork<>(messages);
        work.attachTransaction(transactionManager);
        work.executeWithResult(() -> {
            GenericDomainEventMessage<?> message = (GenericDomainEventMessage<?>) CurrentUnitOfWork.get().getMessage();
            try {
                savepoint.executeWithoutResult(status -> projection.on((RoundEvent) message.getPayload(),
                        message.getSequenceNumber(), message.getTimestamp()));
            } catch (RuntimeException failed) {
                assertThat(message.getSequenceNumber()).isEqualTo(firstSequence + events.size() - 1);
            }
            if (beforeCommit != null && message == messages.get(messages.size() - 1)) {
                beforeCommit.run();
            }
            return null;
        }, RollbackConfigurationType.ANY_THROWABLE);
        assertThat(work.isRolledBack()).isFalse();
    }

    private long lastSequence(String round) {
        return jdbc.sql("SELECT last_sequence FROM query_service.allocation_view WHERE round_id = ?").param(round)
                .query(Long.class).single();
    }

    private static AllocationView fold(List<RoundEvent> events) {
        AllocationFold fold = new AllocationFold();
        for (int i = 0; i < events.size(); i++) {
            fold.apply(events.get(i), i, START.plusSeconds(i));
        }
        return fold.view();
    }

    private static NeedsReportSubmitted report(String round, String reportId, long ore) {
        return new NeedsReportSubmitted(round, reportId, "agder-network", content(ore));
    }

    private static NeedsReportContent content(long ore) {
        return new NeedsReportContent(List.of("Kommune"), List.of(), TargetGroup.SCHOOL, List.of("tema"),
                List.of(new Measure("Tiltak", 1, ore, 0, 0, 0)), "Egeninnsats", "", 0, false, 0);
    }
}
