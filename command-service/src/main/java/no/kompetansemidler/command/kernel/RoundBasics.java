package no.kompetansemidler.command.kernel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import no.kompetansemidler.events.decision.AllocationDecided;
import no.kompetansemidler.events.needs.NeedsSubmissionClosed;
import no.kompetansemidler.events.needs.NeedsTemplateSent;
import no.kompetansemidler.events.proposal.ProposalDrafted;
import no.kompetansemidler.events.round.RoundClosed;
import no.kompetansemidler.events.round.RoundEvent;
import no.kompetansemidler.events.round.RoundOpened;
import no.kompetansemidler.recorded.RoundTerms;
import no.kompetansemidler.recorded.plan.NeedsReportRequirements;

/**
 * What every capability of a round reads: its identity, county, budget year, plan version and budget frame (the
 * recorded {@link RoundTerms}) and the step of the annual cycle it has reached. Plain Java, changed only by
 * {@link #evolve}.
 */
public final class RoundBasics {

    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    private final RoundTerms terms = new RoundTerms();
    private RoundStep step;
    /** Read from the plan document recorded when the round opened. */
    private NeedsReportRequirements requirements = NeedsReportRequirements.NONE;

    public void evolve(RoundEvent event) {
        terms.apply(event);
        step = stepAfter(event).orElse(step);
        if (event instanceof RoundOpened opened) {
            requirements = NeedsReportRequirements.recorded(opened.planDocument());
        }
    }

    /** What the round's plan requires of a needs report beyond § 11; nothing without a plan document. */
    public NeedsReportRequirements needsReportRequirements() {
        return requirements;
    }

    /** The plan's name in messages, e.g. {@code Troms plan 2026-2029.2}. */
    public String planName() {
        return county() + " plan " + planVersion().orElse("(none)");
    }

    /** The step an event moves the round to, if it moves it. */
    private static Optional<RoundStep> stepAfter(RoundEvent event) {
        if (event instanceof RoundOpened) {
            return Optional.of(RoundStep.OPENED);
        } else if (event instanceof NeedsTemplateSent) {
            return Optional.of(RoundStep.COLLECTING_NEEDS);
        } else if (event instanceof NeedsSubmissionClosed) {
            return Optional.of(RoundStep.NEEDS_CLOSED);
        } else if (event instanceof ProposalDrafted) {
            return Optional.of(RoundStep.PROPOSAL_DRAFTED);
        } else if (event instanceof AllocationDecided) {
            return Optional.of(RoundStep.DECIDED);
        } else if (event instanceof RoundClosed) {
            return Optional.of(RoundStep.CLOSED);
        }
        return Optional.empty();
    }

    /** The recorded terms, for folds that record them with their own facts (a proposal's inputs). */
    public RoundTerms terms() {
        return terms;
    }

    public String roundId() {
        return terms.roundId();
    }

    /** The county's official name. */
    public String county() {
        return terms.county();
    }

    public int budgetYear() {
        return terms.budgetYear();
    }

    /**
     * Midnight in Norway opening the year {@code yearsAfter} years after the budget year's first day: the bounds of
     * the windows a round's dates must fall in ({@code budgetYearStart(1)} is when the budget year has ended).
     */
    public Instant budgetYearStart(int yearsAfter) {
        return LocalDate.of(budgetYear() + yearsAfter, 1, 1).atStartOfDay(NORWAY).toInstant();
    }

    /** The plan version the round was opened under, if any. */
    public Optional<String> planVersion() {
        return terms.planVersion();
    }

    public long budgetFrameOre() {
        return terms.budgetFrameOre();
    }

    public long commitmentsOre() {
        return terms.commitmentsOre();
    }

    /** What this year's decision may give away: the frame less what earlier years already promised. */
    public long distributableOre() {
        return terms.distributableOre();
    }

    public RoundStep step() {
        return step;
    }
}
