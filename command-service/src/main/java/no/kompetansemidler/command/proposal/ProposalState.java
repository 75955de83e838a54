package no.kompetansemidler.command.proposal;

import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import no.kompetansemidler.events.proposal.IneligibleRecipientsFound;
import no.kompetansemidler.events.proposal.ProposalDrafted;
import no.kompetansemidler.events.round.RoundEvent;
import no.kompetansemidler.recorded.NeedsReportsOnFile;
import no.kompetansemidler.recorded.ProposalsOnFile;
import no.kompetansemidler.recorded.RoundTerms;

/**
 * The proposal step's own state: the round's proposals as recorded ({@link ProposalsOnFile}, the fold the verifier
 * recomputes from too), of which the current one and whether its inputs changed after it was drafted decide. Plain
 * Java, changed only by {@link #evolve}.
 */
public final class ProposalState {

    private final ProposalsOnFile proposals = new ProposalsOnFile();
    /** The recipients the register found ineligible on the latest proposal, by recipient. */
    private final SortedMap<String, String> ineligibleOnLatest = new TreeMap<>();

    /**
     * @param terms the round's terms, already evolved with the event
     * @param needs the round's needs reports, already evolved with the event
     */
    public void evolve(RoundEvent event, RoundTerms terms, NeedsReportsOnFile needs) {
        proposals.apply(event, terms, needs);
        if (event instanceof ProposalDrafted) {
            ineligibleOnLatest.clear();
        } else if (event instanceof IneligibleRecipientsFound found) {
            found.findings().forEach(finding -> ineligibleOnLatest.put(finding.recipientId(), finding.finding()));
        }
    }

    /** What the register found on the latest proposal's recipients when it was drafted, by recipient. */
    public SortedMap<String, String> ineligibleOnLatest() {
        return Collections.unmodifiableSortedMap(ineligibleOnLatest);
    }

    public Optional<ProposalDrafted> current() {
        return proposals.latest();
    }

    /** Whether needs reports or the frame changed after the current proposal was drafted. */
    public boolean outdated() {
        return proposals.outdated();
    }

    /** How many proposals were drafted; the next one gets the number after it. */
    public int count() {
        return proposals.count();
    }
}
