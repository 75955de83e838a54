package no.kompetansemidler.command.forum;

import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import no.kompetansemidler.events.forum.ForumInputRecorded;
import no.kompetansemidler.events.forum.ForumRecommended;
import no.kompetansemidler.events.round.RoundEvent;

/**
 * The forum step's own state: how many meetings were recorded, which proposals they discussed, and what the forum
 * recommended where it recommends. Plain Java,
 * changed only by {@link #evolve}.
 */
public final class ForumState {

    private int meetings;
    private final SortedSet<Integer> discussedProposals = new TreeSet<>();
    /** The latest recommendation on each proposal, by proposal number. */
    private final Map<Integer, ForumRecommended> recommendations = new TreeMap<>();

    public void evolve(RoundEvent event) {
        if (event instanceof ForumInputRecorded meeting) {
            meetings++;
            discussedProposals.add(meeting.proposalNumber());
        } else if (event instanceof ForumRecommended recommended) {
            recommendations.put(recommended.proposalNumber(), recommended);
        }
    }

    /** The forum's latest recommendation on the proposal, where it made one. */
    public Optional<ForumRecommended> recommendation(int proposalNumber) {
        return Optional.ofNullable(recommendations.get(proposalNumber));
    }

    public int meetings() {
        return meetings;
    }

    /** Whether a recorded forum meeting discussed the proposal (§12). */
    public boolean discussed(int proposalNumber) {
        return discussedProposals.contains(proposalNumber);
    }
}
