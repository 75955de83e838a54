package no.kompetansemidler.command.reallocation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.kompetansemidler.command.decision.GrantLetters;
import no.kompetansemidler.command.kernel.County;
import no.kompetansemidler.command.kernel.RoundBasics;
import no.kompetansemidler.command.kernel.RoundCommand;
import no.kompetansemidler.command.kernel.RoundStep;
import no.kompetansemidler.command.proposal.AllocationLines;
import no.kompetansemidler.command.refusal.CommandRefused;
import no.kompetansemidler.command.refusal.Refusal;
import no.kompetansemidler.command.refusal.Violations;
import no.kompetansemidler.events.reallocation.CarriedOverFundsReceived;
import no.kompetansemidler.events.reallocation.FundsDrawn;
import no.kompetansemidler.events.reallocation.FundsSource;
import no.kompetansemidler.events.reallocation.LeftoverFundsCarriedOver;
import no.kompetansemidler.events.reallocation.LeftoverFundsReallocated;
import no.kompetansemidler.events.round.RoundEvent;
import no.kompetansemidler.recorded.LeftoverFundsOnFile;
import no.kompetansemidler.recorded.LineArithmetic;

/**
 * Leftover funds ("restmidler"): reallocated in the year or carried over into the next, each time from one named
 * source, never more than it still has, and naming the part of the amount each report, withdrawal or carry-over gave
 * (lineage). Reallocated lines sum exactly to the amount and each recipient gets a grant letter for them; the next
 * year's round receives what was carried over into its frame, or, once it has decided, as funds it has not allocated.
 */
public final class ReallocationDecider {

    /** Leftover funds are given out after the decision. */
    public static final Map<Class<? extends RoundCommand>, Set<RoundStep>> STEPS = Map.of(
            ReallocateLeftoverFunds.class, Set.of(RoundStep.DECIDED),
            CarryOverLeftoverFunds.class, Set.of(RoundStep.DECIDED));

    /**
     * The most parts one reallocation or carry-over may draw from, so that its published record stays within the
     * broker's limit (pinned in {@code LargestPublishedRecordTest}); a smaller amount draws from fewer parts.
     */
    public static final int MAX_PARTS = 5_000;

    private ReallocationDecider() {
    }

    public static List<RoundEvent> reallocate(RoundBasics round, ReallocationState reallocations,
                                             ReallocateLeftoverFunds command) {
        Violations violations = new Violations();
        checkSource(command.source(), command.sourceReference(), command.amountOre(), command.reason(), violations);
        AllocationLines.check(command.lines(), "lines", violations);
        // leftover funds are this year's money: a promise for later years belongs in a year's decision
        for (int i = 0; i < command.lines().size(); i++) {
            violations.check(command.lines().get(i).years() <= 1, "lines[" + i + "].years", "single-year",
                    "reallocated leftover funds run one budget year; later years are decided in their own round");
        }
        if (command.amountOre() != null) {
            violations.check(LineArithmetic.totalOre(command.lines()) == command.amountOre(), "lines",
                    "lines-sum-to-amount", "the lines sum to " + LineArithmetic.totalOre(command.lines())
                            + " øre, not the " + command.amountOre() + " øre reallocated");
        }
        violations.throwIfAny();
        List<FundsDrawn> parts = draw(command.source(), command.sourceReference(), command.amountOre(),
                reallocations.funds());
        int number = reallocations.funds().reallocations() + 1;
        List<RoundEvent> events = new ArrayList<>();
        events.add(new LeftoverFundsReallocated(round.roundId(), number, command.source(),
                command.sourceReference(), command.amountOre(), command.lines(), command.reason(), parts));
        events.addAll(GrantLetters.issue(round.roundId(), "/reallocation-" + number, command.lines(), Map.of()));
        return events;
    }

    /**
     * Carries leftover funds into the county's round of the next budget year, opened or not yet; never into one that
     * has closed, which could not receive them.
     *
     * @param nextRoundClosed whether the county's round of the next budget year has closed
     */
    public static List<RoundEvent> carryOver(RoundBasics round, ReallocationState reallocations,
                                            CarryOverLeftoverFunds command, boolean nextRoundClosed) {
        Violations violations = new Violations();
        checkSource(command.source(), command.sourceReference(), command.amountOre(), command.reason(), violations);
        violations.throwIfAny();
        int nextYear = round.budgetYear() + 1;
        String nextRound = County.find(round.county()).orElseThrow().roundIdOf(nextYear);
        if (nextRoundClosed) {
            throw CommandRefused.because(Refusal.CONFLICT, "next-round-closed", nextRound + " has closed and "
                    + "cannot receive funds; reallocate them in " + round.roundId() + " instead.");
        }
        List<FundsDrawn> parts = draw(command.source(), command.sourceReference(), command.amountOre(),
                reallocations.funds());
        return List.of(new LeftoverFundsCarriedOver(round.roundId(), reallocations.funds().carryOvers() + 1,
                command.source(), command.sourceReference(), command.amountOre(), nextRound, nextYear, parts,
                command.reason()));
    }

    /** A carry-over the year before recorded for this round. */
    public record CarryOver(String fromRoundId, int carryOverNumber, long amountOre) {
    }

    /**
     * Receives the carry-overs not received yet: into the frame until the decision, as unallocated funds after it; a
     * closed round receives nothing (what was carried stays visible as not received).
     */
    public static List<RoundEvent> receive(RoundBasics round, ReallocationState reallocations,
                                          List<CarryOver> carriedOver) {
        if (round.step() == RoundStep.CLOSED) {
            return List.of();
        }
        boolean intoFrame = round.step() != RoundStep.DECIDED;
        return carriedOver.stream()
                .filter(carryOver -> !reallocations.funds().hasReceived(carryOver.fromRoundId(),
                        carryOver.carryOverNumber()))
                .map(carryOver -> (RoundEvent) new CarriedOverFundsReceived(round.roundId(), carryOver.fromRoundId(),
                        carryOver.carryOverNumber(), carryOver.amountOre(), intoFrame))
                .toList();
    }


    private static void checkSource(FundsSource source, String sourceReference, Long amountOre, String reason,
                                    Violations violations) {
        if (violations.present("source", source)) {
            boolean needsReference = source == FundsSource.WITHDRAWN_GRANT;
            boolean hasReference = sourceReference != null;
            violations.check(needsReference == hasReference, "sourceReference", "reference-for-withdrawn-grant",
                    "name the recipient for a withdrawn grant, and nothing for other sources");
        }
        violations.present("reason", reason);
        if (violations.present("amountOre", amountOre)) {
            violations.check(amountOre > 0, "amountOre", "positive-amount", "give more than 0 øre");
        }
    }

    /** The parts the amount is drawn from; refused above what the source has left or from too many parts. */
    private static List<FundsDrawn> draw(FundsSource source, String sourceReference, long amountOre,
                                         LeftoverFundsOnFile funds) {
        long available = funds.availableOre(source, sourceReference);
        if (amountOre > available) {
            throw CommandRefused.because(Refusal.BUSINESS_RULE, "exceeds-available-funds", source
                    + (sourceReference == null ? "" : " " + sourceReference) + " has " + available
                    + " øre left, not " + amountOre + " øre.", Map.of("availableOre", available));
        }
        List<FundsDrawn> parts = funds.draw(source, sourceReference, amountOre);
        if (parts.size() > MAX_PARTS) {
            throw CommandRefused.because(Refusal.BUSINESS_RULE, "too-many-parts", amountOre + " øre would be drawn "
                    + "from " + parts.size() + " parts of " + source + ", more than " + MAX_PARTS + " at a time; "
                    + "give a smaller amount.", Map.of("parts", parts.size()));
        }
        return parts;
    }
}
