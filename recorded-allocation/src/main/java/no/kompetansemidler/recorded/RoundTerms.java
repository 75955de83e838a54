package no.kompetansemidler.recorded;

import java.util.Optional;

import no.kompetansemidler.events.round.BudgetFrameRevised;
import no.kompetansemidler.events.round.CommitmentsReserved;
import no.kompetansemidler.events.round.RoundEvent;
import no.kompetansemidler.events.round.RoundOpened;

/**
 * The terms a round runs under as its events leave them: county, budget year, plan version, the budget frame and
 * what earlier rounds committed to the year. The one fold of these facts: the round aggregate decides with it, the
 * allocation view shows it and the verifier recomputes proposals with it.
 */
public final class RoundTerms {

    private String roundId;
    private String county;
    private int budgetYear;
    private String planVersion;
    private String planDocument;
    private long budgetFrameOre;
    private long commitmentsOre;

    /** Continues from terms recorded earlier (a stored view, which does not keep the plan's document). */
    public static RoundTerms of(String roundId, String county, int budgetYear, String planVersion,
                                long budgetFrameOre, long commitmentsOre) {
        RoundTerms terms = new RoundTerms();
        terms.roundId = roundId;
        terms.county = county;
        terms.budgetYear = budgetYear;
        terms.planVersion = planVersion;
        terms.budgetFrameOre = budgetFrameOre;
        terms.commitmentsOre = commitmentsOre;
        return terms;
    }

    /**
     * Folds one event in.
     *
     * @return whether the event changed the frame or the commitments, and so the inputs of any proposal
     */
    public boolean apply(RoundEvent event) {
        if (event instanceof RoundOpened opened) {
            roundId = opened.roundId();
            county = opened.county();
            budgetYear = opened.budgetYear();
            planVersion = opened.planVersion();
            planDocument = opened.planDocument();
            budgetFrameOre = opened.budgetFrameOre();
            return true;
        } else if (event instanceof CommitmentsReserved reserved) {
            commitmentsOre += reserved.amountOre();
            return true;
        } else if (event instanceof BudgetFrameRevised revised) {
            budgetFrameOre = revised.budgetFrameOre();
            return true;
        }
        return false;
    }

    public String roundId() {
        return roundId;
    }

    /** The county's official name, as recorded when the round opened. */
    public String county() {
        return county;
    }

    public int budgetYear() {
        return budgetYear;
    }

    /** The plan version the round was opened under, if any. */
    public Optional<String> planVersion() {
        return Optional.ofNullable(planVersion);
    }

    /** The plan document recorded when the round opened, if it was recorded (see {@code RecordedPlans}). */
    public Optional<String> planDocument() {
        return Optional.ofNullable(planDocument);
    }

    public long budgetFrameOre() {
        return budgetFrameOre;
    }

    /** What earlier rounds committed to this budget year. */
    public long commitmentsOre() {
        return commitmentsOre;
    }

    /** What this year's decision may give away: the frame less what earlier years already promised. */
    public long distributableOre() {
        return budgetFrameOre - commitmentsOre;
    }
}
