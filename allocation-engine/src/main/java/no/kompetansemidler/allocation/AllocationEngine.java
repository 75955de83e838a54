package no.kompetansemidler.allocation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import no.kompetansemidler.allocation.input.AllocationInput;
import no.kompetansemidler.allocation.money.Nok;
import no.kompetansemidler.allocation.plans.LongTermPlan;
import no.kompetansemidler.allocation.result.AllocationResult;
import no.kompetansemidler.allocation.result.ProposalLine;
import no.kompetansemidler.allocation.result.Purpose;
import no.kompetansemidler.allocation.result.TraceEntry;
import no.kompetansemidler.allocation.rules.AllocationRule;
import no.kompetansemidler.allocation.rules.ComplianceCheck;
import no.kompetansemidler.allocation.rules.Worksheet;

/**
 * Computes an allocation proposal: runs a plan's money rules in order over the inputs, then the county governor's
 * manual adjustments, then the plan's compliance checks on the result. A pure function: the same plan
 * version and inputs give the same result, to the øre, whatever order the inputs were given in.
 */
public final class AllocationEngine {

    private AllocationEngine() {
    }

    public static AllocationResult allocate(LongTermPlan plan, AllocationInput input) {
        boolean readsProfiles = plan.rules().stream().anyMatch(AllocationRule::readsProfiles);
        if (!readsProfiles && !input.yearlyDecisions().tieBreakers().isEmpty()) {
            throw new IllegalArgumentException("plan " + plan.identity() + " has no tie-breakers to record");
        }
        Worksheet sheet = new Worksheet(input);
        sheet.explain("available", "frame", input.distributableOre(), "budget frame "
                + Nok.format(input.budgetFrameOre()) + " + leftover funds " + Nok.format(input.leftoverFundsOre())
                + " − commitments from earlier years " + Nok.format(input.commitmentsOre()));
        plan.rules().stream().filter(rule -> !(rule instanceof ComplianceCheck)).forEach(rule -> rule.apply(sheet));
        input.adjustments().forEach(sheet::adjust);
        plan.rules().stream().filter(rule -> rule instanceof ComplianceCheck).forEach(rule -> rule.apply(sheet));
        for (Map.Entry<String, Long> frame : List.copyOf(sheet.networkShares().entrySet())) {
            if (frame.getValue() == 0 && sheet.needsCovered(frame.getKey())) {
                continue; // funded directly by a set-aside: no frame of its own
            }
            sheet.settleNetwork("network-frame", frame.getKey(),
                    List.of(ProposalLine.to(frame.getKey(), Purpose.NETWORK_FRAME, frame.getValue())),
                    "the network's frame, to be used within its decision basis");
        }
        List<ProposalLine> lines = new ArrayList<>(sheet.lines());
        long allocated = lines.stream().mapToLong(ProposalLine::amountOre).sum();
        if (allocated + sheet.poolOre() != input.distributableOre()) {
            throw new IllegalStateException("allocation does not add up: " + allocated + " + " + sheet.poolOre()
                    + " ≠ " + input.distributableOre());
        }
        if (sheet.poolOre() > 0) {
            sheet.explain("unallocated", "pool", sheet.poolOre(), "not given to anyone (restmidler)");
        }
        // The rules are records: their text names every parameter, e.g. a yearly common-measures share.
        return new AllocationResult(plan.identity(), input.fingerprint(plan.identity() + plan.rules(), readsProfiles),
                input.distributableOre(),
                lines, sheet.poolOre(), sheet.trace(), sheet.findings());
    }

    /**
     * What each recipient can expect before the needs are in (Innlandet's "anslag", Trøndelag's "forhåndstildelt
     * ramme"): the plan's rules that do not work on needs, applied to the frame and the key figures; the rules that
     * fund needs are left out, so nothing is given back for lack of needs.
     *
     * @return each recipient's indicative amount (network frames and set-asides), in recipient order
     */
    public static IndicativeFrames indicativeFrames(LongTermPlan plan, AllocationInput input) {
        Worksheet sheet = new Worksheet(input);
        plan.rules().stream().filter(rule -> !(rule instanceof ComplianceCheck) && !rule.readsNeeds())
                .forEach(rule -> rule.apply(sheet));
        SortedMap<String, Long> frames = new TreeMap<>(sheet.networkShares());
        sheet.lines().forEach(line -> frames.merge(line.recipientId(), line.amountOre(), Long::sum));
        return new IndicativeFrames(plan.identity(), frames, sheet.poolOre(), sheet.trace());
    }

    /**
     * @param unassignedOre what the rules that do not work on needs leave; the rules that do distribute it
     */
    public record IndicativeFrames(String plan, SortedMap<String, Long> frames, long unassignedOre,
                                   List<TraceEntry> trace) {

        public IndicativeFrames {
            frames = Collections.unmodifiableSortedMap(new TreeMap<>(frames));
            trace = List.copyOf(trace);
        }
    }
}
