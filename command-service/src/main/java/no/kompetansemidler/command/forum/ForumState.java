package no.kompetansemidler.command.forum;

import java.util.SortedSet;
import java.util.TreeSet;

import no.kompetansemidler.events.forum.ForumInputRecorded;
import no.kompetansemidler.events.round.RoundEvent;

/**
 * The forum step's own state: how many meetings were recorded, and which proposals they discussed. Plain Java,
 * changed only by {@link #evolve}.
 */
public final class ForumState {

    private int meetings;
    private final SortedSet<Integer> discussedProposals = new TreeSet<>();

    public void evolve(RoundEvent event) {
        if (event instanceof ForumInputRecorded meeting) {
            meetings++;
            discussedProposals.add(meeting.proposalNumber());
        }
    }

    public int meetings() {
        return meetings;
    }

    /** Whether a recorded forum meeting discussed the proposal (§12). */
    public boolean discussed(int proposalNumber) {
        return discussedProposals.contains(proposalNumber);
    }
}
