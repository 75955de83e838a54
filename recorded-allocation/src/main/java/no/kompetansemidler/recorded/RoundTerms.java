package no.kompetansemidler.recorded;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import no.kompetansemidler.allocation.money.LargestRemainder;
import no.kompetansemidler.events.reallocation.CarriedOverFundsReceived;
import no.kompetansemidler.events.round.BudgetFrameRevised;
import no.kompetansemidler.events.round.CommitmentsReduced;
import no.kompetansemidler.events.round.CommitmentsReserved;
import no.kompetansemidler.events.round.RoundEvent;
import no.kompetansemidler.events.round.RoundOpened;

/**
 * The terms a round runs under as its events leave them: county, budget year, plan version, the budget frame and
 * what earlier rounds committed to the year, as promised and as reduced when the appropriation fell short. The frame is
 * the year's appropriation plus the leftover funds the year before carried in before the decision. The one fold of
 * these facts: the round aggregate decides with it, the allocation view shows it and the verifier recomputes
 * proposals with it.
 */
public final class RoundTerms {

    private String roundId;
    private String county;
    private int budgetYear;
    private String planVersion;
    private String planDocument;
    private long budgetFrameOre;
    private long carriedInOre;
    private long commitmentsOre;
    private int reductions;
    /** The promised tranches by {@code <fromRoundId>/<recipientId>}, as reduced. */
    private final SortedMap<String, PromisedTranche> tranches = new TreeMap<>();

    /**
     * One grant's tranche for this year, as it now stands.
     *
     * @param fromRoundId the round whose decision promised it; the grant is {@code <fromRoundId>/<recipientId>}
     */
    public record PromisedTranche(String fromRoundId, String recipientId, long amountOre,
                                  Map<Integer, Long> byLineYearsOre) {

        public PromisedTranche {
            byLineYearsOre = Collections.unmodifiableSortedMap(new TreeMap<>(byLineYearsOre));
        }

        public String grantId() {
            return fromRoundId + "/" + recipientId;
        }

        /** The tranche less a reduction, taken from its lines' years in proportion (largest remainder). */
        PromisedTranche reducedBy(long reductionOre) {
            Map<Integer, Long> left = new TreeMap<>(byLineYearsOre);
            if (!byLineYearsOre.isEmpty()) {
                Map<String, Long> weights = new TreeMap<>();
                byLineYearsOre.forEach((years, ore) -> weights.put(String.valueOf(years), ore));
                LargestRemainder.split(reductionOre, weights).forEach((years, cut) ->
                        left.merge(Integer.valueOf(years), -cut, Long::sum));
            }
            return new PromisedTranche(fromRoundId, recipientId, amountOre - reductionOre, left);
        }
    }

    /** Continues from terms recorded earlier (a stored view, which does not keep the plan's document). */
    public static RoundTerms of(String roundId, String county, int budgetYear, String planVersion,
                                long budgetFrameOre, long carriedInOre, long commitmentsOre) {
        RoundTerms terms = new RoundTerms();
        terms.roundId = roundId;
        terms.county = county;
        terms.budgetYear = budgetYear;
        terms.planVersion = planVersion;
        terms.budgetFrameOre = budgetFrameOre;
        terms.carriedInOre = carriedInOre;
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
            reserved.tranches().forEach(tranche -> tranches.put(reserved.fromRoundId() + "/" + tranche.recipientId(),
                    new PromisedTranche(reserved.fromRoundId(), tranche.recipientId(), tranche.amountOre(),
                            tranche.byLineYearsOre())));
            return true;
        } else if (event instanceof CommitmentsReduced reduced) {
            commitmentsOre -= reduced.reducedOre();
            reductions = reduced.reductionNumber();
            reduced.reductions().forEach(reduction -> tranches.computeIfPresent(
                    reduction.fromRoundId() + "/" + reduction.recipientId(),
                    (grant, tranche) -> tranche.reducedBy(reduction.reductionOre())));
            return true;
        } else if (event instanceof BudgetFrameRevised revised) {
            // a revision states the appropriation; what was carried in stays on top of it
            budgetFrameOre = revised.budgetFrameOre() + carriedInOre;
            return true;
        } else if (event instanceof CarriedOverFundsReceived received && received.intoFrame()) {
            budgetFrameOre += received.amountOre();
            carriedInOre += received.amountOre();
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

    /** The funds the year distributes: its appropriation plus what the year before carried in. */
    public long budgetFrameOre() {
        return budgetFrameOre;
    }

    /** Of the frame, what the year before carried in before the decision. */
    public long carriedInOre() {
        return carriedInOre;
    }

    /** Of the frame, the year's appropriation as the grant letters state it. */
    public long appropriationOre() {
        return budgetFrameOre - carriedInOre;
    }

    /** What earlier rounds committed to this budget year, less any reduction for a short appropriation. */
    public long commitmentsOre() {
        return commitmentsOre;
    }

    /** The promised tranches of the year, by grant, as reduced; reservations of revision 1 have none. */
    public List<PromisedTranche> tranches() {
        return List.copyOf(tranches.values());
    }

    /**
     * The commitments by how many years the lines that made them run, as reduced; empty where reservations did not
     * tell (revision 1).
     */
    public SortedMap<Integer, Long> commitmentsByLineYearsOre() {
        SortedMap<Integer, Long> byYears = new TreeMap<>();
        tranches.values().forEach(tranche -> tranche.byLineYearsOre().forEach((years, ore) ->
                byYears.merge(years, ore, Long::sum)));
        byYears.values().removeIf(ore -> ore == 0);
        return byYears;
    }

    /** How many times the commitments were reduced. */
    public int reductions() {
        return reductions;
    }

    /** How far the frame falls short of the commitments; 0 when it covers them. */
    public long shortfallOre() {
        return Math.max(0, commitmentsOre - budgetFrameOre);
    }

    /**
     * What this year's decision may give away: the frame less what earlier years already promised; negative while
     * the frame falls short of the promises and they are not yet reduced.
     */
    public long distributableOre() {
        return budgetFrameOre - commitmentsOre;
    }
}
