package no.kompetansemidler.query.allocation;

import java.time.Instant;
import java.util.Optional;

import no.kompetansemidler.events.round.RoundEvent;
import no.kompetansemidler.recorded.NeedsReportsOnFile;
import no.kompetansemidler.recorded.NeedsReportsOnFile.Filing;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/**
 * Keeps each round's allocation view, folded one event at a time. A needs report's event writes its row in one
 * statement, and the round's view is moved on to it when its batch commits ({@link NeedsMoves}); every other event
 * folds into the rest of the view, which holds no needs reports.
 * The fold is the same as the as-of replay's ({@link AllocationFold}), so the two can only agree.
 */
@Component
@ProcessingGroup(AllocationViewProjection.PROCESSING_GROUP)
class AllocationViewProjection {

    static final String PROCESSING_GROUP = "allocation-view";

    private final AllocationViews views;
    private final NeedsMoves moves;

    AllocationViewProjection(AllocationViews views, NeedsMoves moves) {
        this.views = views;
        this.moves = moves;
    }

    @EventHandler
    void on(RoundEvent event, @SequenceNumber Long sequence, @Timestamp Instant occurredAt) {
        String roundId = event.roundId();
        Optional<Filing> filing = NeedsReportsOnFile.filing(event);
        if (filing.isEmpty()) {
            AllocationFold fold = views.withoutNeeds(roundId).map(AllocationFold::from).orElseGet(AllocationFold::new);
            if (fold.apply(event, sequence, occurredAt)) {
                views.store(roundId, fold.view());
            }
            return;
        }
        if (!views.fileIfNew(roundId, sequence, filing.get()) && !views.exists(roundId)) {
            // no view yet (a history that files before it opens): an empty one, which the event then moves on
            views.store(roundId, new AllocationFold().view());
            views.fileIfNew(roundId, sequence, filing.get());
        }
        moves.moveOn(roundId, sequence, occurredAt);
    }

    @ResetHandler
    void forgetEverything() {
        views.forgetAll();
    }
}
