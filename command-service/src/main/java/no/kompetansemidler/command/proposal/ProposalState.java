package no.kompetansemidler.command.proposal;

import java.util.Optional;

import no.kompetansemidler.events.proposal.ProposalDrafted;
import no.kompetansemidler.events.round.BudgetFrameRevised;
import no.kompetansemidler.events.round.RoundEvent;
import no.kompetansemidler.recorded.NeedsReportsOnFile;

/**
 * The proposal step's own state: the current proposal and whether its inputs changed after it was drafted. Plain
 * Java, changed only by {@link #evolve}.
 */
public final class ProposalState {

    private ProposalDrafted current;
    private boolean outdated;

    public void evolve(RoundEvent event) {
        if (event instanceof ProposalDrafted drafted) {
            current = drafted;
            outdated = false;
        } else if (current != null && changesInputs(event)) {
            outdated = true;
        }
    }

    /** A needs report filed or withdrawn, or the frame revised: a proposal computed before no longer holds. */
    private static boolean changesInputs(RoundEvent event) {
        return NeedsReportsOnFile.filing(event).isPresent() || event instanceof BudgetFrameRevised;
    }

    public Optional<ProposalDrafted> current() {
        return Optional.ofNullable(current);
    }

    /** Whether needs reports or the frame changed after the current proposal was drafted. */
    public boolean outdated() {
        return outdated;
    }

    /** How many proposals were drafted; the next one gets the number after it. */
    public int count() {
        return current == null ? 0 : current.proposalNumber();
    }
}
