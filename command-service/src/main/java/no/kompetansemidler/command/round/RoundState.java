package no.kompetansemidler.command.round;

import java.time.Instant;

import no.kompetansemidler.command.appeal.AppealState;
import no.kompetansemidler.command.decision.DecisionState;
import no.kompetansemidler.command.forum.ForumState;
import no.kompetansemidler.command.kernel.RoundBasics;
import no.kompetansemidler.command.needs.NeedsState;
import no.kompetansemidler.command.proposal.ProposalState;
import no.kompetansemidler.command.reallocation.ReallocationState;
import no.kompetansemidler.command.reporting.ReportingState;
import no.kompetansemidler.events.round.RoundEvent;
import no.kompetansemidler.recorded.calendar.RoundCalendarOnFile;

/**
 * A round's state as the composition of its capabilities' own slices: each slice folds the events it cares about
 * and keeps its own rules; this class only hands every event to each of them, in the round's order.
 */
public final class RoundState {

    private final RoundBasics basics = new RoundBasics();
    private final NeedsState needs = new NeedsState();
    private final ProposalState proposal = new ProposalState();
    private final ForumState forum = new ForumState();
    private final DecisionState decision = new DecisionState();
    private final ReportingState reporting = new ReportingState();
    private final ReallocationState reallocation = new ReallocationState();
    private final AppealState appeals = new AppealState();
    private final RoundCalendarOnFile calendar = new RoundCalendarOnFile();

    public void evolve(RoundEvent event) {
        evolve(event, null);
    }

    /** @param at when the event was recorded, for the slices that date what it did (a letter's date) */
    public void evolve(RoundEvent event, Instant at) {
        basics.evolve(event);
        needs.evolve(event);
        proposal.evolve(event, basics.terms(), needs.onFile());
        forum.evolve(event);
        decision.evolve(event);
        reporting.evolve(event);
        reallocation.evolve(event);
        appeals.evolve(event, at);
        calendar.apply(event, at);
    }

    public RoundBasics basics() {
        return basics;
    }

    public NeedsState needs() {
        return needs;
    }

    public ProposalState proposal() {
        return proposal;
    }

    public ForumState forum() {
        return forum;
    }

    public DecisionState decision() {
        return decision;
    }

    public ReportingState reporting() {
        return reporting;
    }

    public ReallocationState reallocation() {
        return reallocation;
    }

    public AppealState appeals() {
        return appeals;
    }

    public RoundCalendarOnFile calendar() {
        return calendar;
    }
}
