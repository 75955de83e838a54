package no.kompetansemidler.command.forum;

import no.kompetansemidler.events.forum.ForumInputRecorded;
import no.kompetansemidler.events.round.RoundEvent;

/** The forum step's own state: how many meetings were recorded. Plain Java, changed only by {@link #evolve}. */
public final class ForumState {

    private int meetings;

    public void evolve(RoundEvent event) {
        if (event instanceof ForumInputRecorded) {
            meetings++;
        }
    }

    public int meetings() {
        return meetings;
    }
}
