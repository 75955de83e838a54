package no.kompetansemidler.allocation.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

import no.kompetansemidler.allocation.input.AllocationInput;
import no.kompetansemidler.allocation.input.ManualAdjustment;
import no.kompetansemidler.allocation.input.NeedsReport;
import no.kompetansemidler.allocation.money.LargestRemainder;
import no.kompetansemidler.allocation.money.Nok;
import no.kompetansemidler.allocation.result.Finding;
import no.kompetansemidler.allocation.result.ProposalLine;
import no.kompetansemidler.allocation.result.TraceEntry;

/**
 * The money of one allocation while the plan's rules run. Every øre is always in exactly one place: the pool (not
 * yet given), a network's share (given to a network by a key, not yet turned into lines), or a proposal line.
 * Moving money is the only way to change those places, and no move can take more than its source holds.
 */
public final class Worksheet {

    private final AllocationInput input;
    private long poolOre;
    private final SortedMap<String, Long> networkShares = new TreeMap<>();
    private final List<ProposalLine> lines = new ArrayList<>();
    private final List<TraceEntry> trace = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();
    /** Indexed when first asked for: plans that fund reports one by one never ask. */
    private Map<String, List<NeedsReport>> reportsByNetwork;
    /** Needs funded directly by a set-aside (Innlandet: INN's county-wide needs), by the reporting party. */
    private final SortedMap<String, Long> coveredNeeds = new TreeMap<>();

    public Worksheet(AllocationInput input) {
        this.input = input;
        this.poolOre = input.distributableOre();
    }

    /** A network's needs reports in identifier order; indexed once, since rules ask for them per network. */
    public List<NeedsReport> needsReportsOf(String networkId) {
        if (reportsByNetwork == null) {
            // looked up by network, never iterated: a hash map keeps no order to lose
            reportsByNetwork = input.needsReports().stream()
                    .collect(Collectors.groupingBy(NeedsReport::networkId, HashMap::new, Collectors.toList()));
        }
        return reportsByNetwork.getOrDefault(networkId, List.of());
    }

    /** What a network's needs reports ask for in all. */
    public long requestedBy(String networkId) {
        return needsReportsOf(networkId).stream().mapToLong(NeedsReport::requestedOre).sum();
    }

    /**
     * Records that a rule funded part of a party's reported needs directly (with a line of its own), so the rules
     * that fund networks' needs count only the rest and do not fund them twice.
     */
    public void coverNeeds(String networkId, long ore) {
        coveredNeeds.merge(networkId, ore, Long::sum);
    }

    /** Whether a rule funded some of the party's needs directly. */
    public boolean needsCovered(String networkId) {
        return coveredNeeds.getOrDefault(networkId, 0L) > 0;
    }

    /** What a network's needs reports ask for and no rule has funded directly. */
    public long uncoveredNeedsOf(String networkId) {
        return Math.max(0, requestedBy(networkId) - coveredNeeds.getOrDefault(networkId, 0L));
    }

    public AllocationInput input() {
        return input;
    }

    /** What the rules distribute in all; shares in the plans are shares of this. */
    public long distributableOre() {
        return input.distributableOre();
    }

    public long poolOre() {
        return poolOre;
    }

    /** Pool → a proposal line. */
    public void give(String rule, ProposalLine line, String explanation) {
        takeFromPool(line.amountOre(), line.recipientId());
        lines.add(line);
        explain(rule, line.recipientId(), line.amountOre(), explanation);
    }

    /** Pool → a network's share. */
    public void assignToNetwork(String rule, String networkId, long ore, String explanation) {
        takeFromPool(ore, networkId);
        networkShares.merge(networkId, ore, Long::sum);
        explain(rule, networkId, ore, explanation);
    }

    /** A network's share → back to the pool, e.g. the part its reported needs do not use. */
    public void releaseFromNetwork(String rule, String networkId, long ore, String explanation) {
        long share = networkShare(networkId);
        if (ore < 0 || ore > share) {
            throw new IllegalArgumentException("cannot release " + ore + " øre of " + networkId + "'s " + share);
        }
        networkShares.put(networkId, share - ore);
        poolOre += ore;
        explain(rule, networkId, -ore, explanation);
    }

    /** A network's whole share → proposal lines that must add up to it exactly. */
    public void settleNetwork(String rule, String networkId, List<ProposalLine> settlement, String explanation) {
        long share = networkShare(networkId);
        long settled = settlement.stream().mapToLong(ProposalLine::amountOre).sum();
        if (settled != share) {
            throw new IllegalArgumentException(rule + " settles " + settled + " øre of " + networkId + "'s " + share);
        }
        networkShares.remove(networkId);
        lines.addAll(settlement);
        explain(rule, networkId, share, explanation);
    }

    /**
     * Applies a manual adjustment to the needs-report lines: the giving line shrinks and the receiving line grows,
     * each keeping its own network/partner ratio; the unallocated funds stand in for a missing report.
     */
    public void adjust(ManualAdjustment adjustment) {
        long amount = adjustment.amountOre();
        if (adjustment.fromNeedsReportId() == null) {
            takeFromPool(amount, adjustment.toNeedsReportId());
        } else {
            resize(adjustment.fromNeedsReportId(), -amount);
        }
        if (adjustment.toNeedsReportId() == null) {
            poolOre += amount;
        } else {
            resize(adjustment.toNeedsReportId(), amount);
        }
        explain("manual-adjustment", adjustment.toNeedsReportId() == null ? "unallocated"
                        : adjustment.toNeedsReportId(), amount,
                Nok.format(amount) + " from " + (adjustment.fromNeedsReportId() == null ? "the unallocated funds"
                        : adjustment.fromNeedsReportId()) + ": " + adjustment.reason());
    }

    private void resize(String needsReportId, long deltaOre) {
        int index = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (needsReportId.equals(lines.get(i).needsReportId())) {
                index = i;
            }
        }
        if (index < 0) {
            throw new IllegalArgumentException("no proposal line funds needs report " + needsReportId);
        }
        ProposalLine line = lines.get(index);
        long resized = line.amountOre() + deltaOre;
        if (resized < 0) {
            throw new IllegalArgumentException("cannot take " + Nok.format(-deltaOre) + " from " + needsReportId
                    + ", which has " + Nok.format(line.amountOre()));
        }
        long networkPart = line.amountOre() == 0 ? 0
                : LargestRemainder.firstOfTwo(resized, line.networkOre(), line.partnerOre());
        lines.set(index, new ProposalLine(line.recipientId(), line.purpose(), line.needsReportId(),
                line.targetGroup(), line.years(), networkPart, resized - networkPart));
    }

    public long networkShare(String networkId) {
        return networkShares.getOrDefault(networkId, 0L);
    }

    /** Networks holding a share, in identifier order. */
    public SortedMap<String, Long> networkShares() {
        return Collections.unmodifiableSortedMap(networkShares);
    }

    public List<ProposalLine> lines() {
        return Collections.unmodifiableList(lines);
    }

    public void explain(String rule, String subject, long amountOre, String explanation) {
        trace.add(new TraceEntry(rule, subject, amountOre, explanation));
    }

    public void find(String code, String subject, String message) {
        findings.add(new Finding(code, subject, message));
    }

    public List<TraceEntry> trace() {
        return Collections.unmodifiableList(trace);
    }

    public List<Finding> findings() {
        return Collections.unmodifiableList(findings);
    }

    private void takeFromPool(long ore, String subject) {
        if (ore < 0) {
            throw new IllegalArgumentException("negative amount for " + subject);
        }
        if (ore > poolOre) {
            throw new IllegalArgumentException("cannot give " + Nok.format(ore) + " to " + subject + ": only "
                    + Nok.format(poolOre) + " left");
        }
        poolOre -= ore;
    }
}
