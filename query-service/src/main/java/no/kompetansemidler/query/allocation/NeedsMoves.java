package no.kompetansemidler.query.allocation;

import java.time.Instant;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Moves each round's allocation view on once for a unit of work's needs reports, just before it commits: a batch of
 * a thousand needs reports into one round would otherwise update the round's document row a thousand times in one
 * transaction, each update a new version of the row that PostgreSQL walks past until the transaction ends (measured:
 * a batch of 4 000 took three times as long). The needs reports' rows are written as their events are handled, each
 * in its handler (a failing one is that event's failure alone); only the move waits, which holds nothing from the
 * events but their sequence and time. Outside a unit of work the move is made at once.
 *
 * <p>The moves belong to the root unit of work: a processor's batch, or, for a round's dead letters retried, the one
 * around all of them (each letter runs nested in it, in a savepoint of the same transaction), so a row never commits
 * without its move. A move is registered after its row was written: a report whose handler fails (rolled back to its
 * savepoint, dead-lettered) is not moved past, and its retry is still taken in.
 */
@Component
class NeedsMoves {

    private static final String PENDING = NeedsMoves.class.getName();

    private final AllocationViews views;

    NeedsMoves(AllocationViews views) {
        this.views = views;
    }

    /** Where a round's view is to be moved on to: its last needs report's event so far. */
    record Move(long sequence, Instant occurredAt) {
    }

    /** The round's view is to be moved on to this needs report's event (a later one of the same work replaces it). */
    void moveOn(String roundId, long sequence, Instant occurredAt) {
        Move move = new Move(sequence, occurredAt);
        if (!CurrentUnitOfWork.isStarted()) {
            views.moveOn(new TreeMap<>(Map.of(roundId, move)));
            return;
        }
        UnitOfWork<?> work = CurrentUnitOfWork.get().root();
        SortedMap<String, Move> pending = work.getOrComputeResource(PENDING, key -> {
            SortedMap<String, Move> moves = new TreeMap<>();
            work.onPrepareCommit(committing -> views.moveOn(moves));
            return moves;
        });
        pending.merge(roundId, move, (earlier, later) -> later.sequence() > earlier.sequence() ? later : earlier);
    }
}
