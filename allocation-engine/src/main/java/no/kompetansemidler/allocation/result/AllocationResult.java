package no.kompetansemidler.allocation.result;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The outcome of one allocation.
 *
 * @param plan             the plan version that produced it, {@code <county>/<version>}
 * @param inputFingerprint SHA-256 of the inputs, see {@code AllocationInput#fingerprint}
 * @param distributableOre what the rules had to distribute
 * @param lines            the proposal, in a deterministic order
 * @param unallocatedOre   what no rule gave away ("restmidler"); lines plus this equal {@code distributableOre}
 */
public record AllocationResult(String plan, String inputFingerprint, long distributableOre, List<ProposalLine> lines,
                               long unallocatedOre, List<TraceEntry> trace, List<Finding> findings) {

    public AllocationResult {
        lines = List.copyOf(lines);
        trace = List.copyOf(trace);
        findings = List.copyOf(findings);
    }

    public long allocatedOre() {
        return lines.stream().mapToLong(ProposalLine::amountOre).sum();
    }

    public long allocatedTo(String recipientId) {
        return lines.stream().filter(line -> line.recipientId().equals(recipientId))
                .mapToLong(ProposalLine::amountOre).sum();
    }

    /**
     * What multi-year lines promise for later budget years: years ahead (1 = next year) → øre a year. A later
     * round of the county reserves these before its own rules run.
     */
    public SortedMap<Integer, Long> commitmentsForLaterYears() {
        SortedMap<Integer, Long> commitments = new TreeMap<>();
        for (ProposalLine line : lines) {
            for (int ahead = 1; ahead < line.years(); ahead++) {
                commitments.merge(ahead, line.amountOre(), Long::sum);
            }
        }
        return commitments;
    }

    public List<Finding> findings(String code) {
        return findings.stream().filter(finding -> finding.code().equals(code)).toList();
    }
}
