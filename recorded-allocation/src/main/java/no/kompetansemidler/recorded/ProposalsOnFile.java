package no.kompetansemidler.recorded;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import no.kompetansemidler.events.Copies;
import no.kompetansemidler.events.proposal.ProposalDrafted;
import no.kompetansemidler.events.reallocation.CarriedOverFundsReceived;
import no.kompetansemidler.events.round.BudgetFrameRevised;
import no.kompetansemidler.events.round.CommitmentsReduced;
import no.kompetansemidler.events.round.RoundEvent;
import no.kompetansemidler.recorded.NeedsReportsOnFile.FiledNeedsReport;

/**
 * A round's proposals as its events leave them: each with the inputs in force when it was drafted (frame,
 * commitments, the needs reports standing), the latest, and whether its inputs changed since. The one fold of
 * proposals: the round aggregate decides with it (a decision needs a proposal that is not outdated) and the
 * verifier recomputes a decided-on proposal from the inputs it recorded here.
 */
public final class ProposalsOnFile {

    /** A proposal with the inputs in force when it was drafted. */
    public record DraftedProposal(ProposalDrafted proposal, long budgetFrameOre, long commitmentsOre,
                                  List<FiledNeedsReport> standingNeedsReports,
                                  Map<Integer, Long> commitmentsByLineYearsOre) {

        public DraftedProposal {
            standingNeedsReports = List.copyOf(standingNeedsReports);
            commitmentsByLineYearsOre = Copies.map(commitmentsByLineYearsOre);
        }
    }

    private final Map<Integer, DraftedProposal> drafted = new TreeMap<>();
    private ProposalDrafted latest;
    private boolean outdated;

    /**
     * Folds one event in, after the round's terms and needs reports took it in.
     *
     * @param terms the round's terms as they stand
     * @param needs the round's needs reports as they stand
     */
    public void apply(RoundEvent event, RoundTerms terms, NeedsReportsOnFile needs) {
        if (event instanceof ProposalDrafted proposal) {
            drafted.put(proposal.proposalNumber(), new DraftedProposal(proposal, terms.budgetFrameOre(),
                    terms.commitmentsOre(), needs.standing(), terms.commitmentsByLineYearsOre()));
            latest = proposal;
            outdated = false;
        } else if (latest != null && changesInputs(event)) {
            outdated = true;
        }
    }

    /**
     * A needs report filed or withdrawn, the frame revised or raised by funds carried in, or the promises reduced: a
     * proposal computed before no longer holds.
     */
    private static boolean changesInputs(RoundEvent event) {
        return NeedsReportsOnFile.filing(event).isPresent() || event instanceof BudgetFrameRevised
                || event instanceof CommitmentsReduced
                || event instanceof CarriedOverFundsReceived received && received.intoFrame();
    }

    public Optional<ProposalDrafted> latest() {
        return Optional.ofNullable(latest);
    }

    /** Whether needs reports or the frame changed after the latest proposal was drafted. */
    public boolean outdated() {
        return outdated;
    }

    /** How many proposals were drafted; the next one gets the number after it. */
    public int count() {
        return latest == null ? 0 : latest.proposalNumber();
    }

    public Optional<DraftedProposal> number(int proposalNumber) {
        return Optional.ofNullable(drafted.get(proposalNumber));
    }
}
