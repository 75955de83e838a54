package no.kompetansemidler.allocation.input;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Everything one allocation is computed from, apart from the plan's rules.
 *
 * @param budgetFrameOre   the county's grant for the year
 * @param leftoverFundsOre returned or unspent funds from earlier years to distribute again ("restmidler")
 * @param commitmentsOre   already promised to multi-year measures decided in earlier years; reserved first
 * @param adjustments      the county governor's manual adjustments, applied in the order given
 * @param yearlyDecisions  figures the plan leaves to each year's forum
 * @param commitmentsByDurationOre the commitments by the years the lines that made them run (a 3-year line of two
 *                         years ago is locked stock of 3-year projects this year); empty where not known
 */
public record AllocationInput(long budgetFrameOre, long leftoverFundsOre, long commitmentsOre,
                              List<Network> networks, List<NeedsReport> needsReports,
                              List<ManualAdjustment> adjustments, YearlyDecisions yearlyDecisions,
                              Map<Integer, Long> commitmentsByDurationOre) {

    /** An allocation whose commitments are not known by duration. */
    public AllocationInput(long budgetFrameOre, long leftoverFundsOre, long commitmentsOre, List<Network> networks,
                           List<NeedsReport> needsReports, List<ManualAdjustment> adjustments,
                           YearlyDecisions yearlyDecisions) {
        this(budgetFrameOre, leftoverFundsOre, commitmentsOre, networks, needsReports, adjustments, yearlyDecisions,
                Map.of());
    }

    /** An allocation without manual adjustments or yearly decisions. */
    public AllocationInput(long budgetFrameOre, long leftoverFundsOre, long commitmentsOre, List<Network> networks,
                           List<NeedsReport> needsReports) {
        this(budgetFrameOre, leftoverFundsOre, commitmentsOre, networks, needsReports, List.of(),
                YearlyDecisions.NONE);
    }

    /** An allocation with manual adjustments and no yearly decisions. */
    public AllocationInput(long budgetFrameOre, long leftoverFundsOre, long commitmentsOre, List<Network> networks,
                           List<NeedsReport> needsReports, List<ManualAdjustment> adjustments) {
        this(budgetFrameOre, leftoverFundsOre, commitmentsOre, networks, needsReports, adjustments,
                YearlyDecisions.NONE);
    }

    /** How much of the fingerprint's text is written before it is hashed: a piece that stays in the CPU's cache. */
    private static final int CANONICAL_PIECE = 16 * 1024;

    public AllocationInput {
        adjustments = List.copyOf(adjustments);
        commitmentsByDurationOre = Collections.unmodifiableSortedMap(new TreeMap<>(commitmentsByDurationOre));
        if (commitmentsByDurationOre.values().stream().mapToLong(Long::longValue).sum() > commitmentsOre) {
            throw new IllegalArgumentException("commitments by duration exceed the commitments");
        }
        if (budgetFrameOre < 0 || leftoverFundsOre < 0 || commitmentsOre < 0) {
            throw new IllegalArgumentException("amounts cannot be negative");
        }
        if (commitmentsOre > Math.addExact(budgetFrameOre, leftoverFundsOre)) {
            throw new IllegalArgumentException("commitments exceed the funds available");
        }
        networks = networks.stream().sorted(Comparator.comparing(Network::id)).toList();
        needsReports = needsReports.stream().sorted(Comparator.comparing(NeedsReport::id)).toList();
        if (networks.stream().map(Network::id).distinct().count() != networks.size()) {
            throw new IllegalArgumentException("network ids must be unique");
        }
        if (needsReports.stream().map(NeedsReport::id).distinct().count() != needsReports.size()) {
            throw new IllegalArgumentException("needs report ids must be unique");
        }
        List<String> networkIds = networks.stream().map(Network::id).toList();
        needsReports.stream().filter(report -> !networkIds.contains(report.networkId())).findFirst()
                .ifPresent(report -> {
                    throw new IllegalArgumentException(report.id() + " names unknown network " + report.networkId());
                });
    }

    /** What the rules may distribute: the frame plus leftover funds, minus what earlier years already promised. */
    public long distributableOre() {
        return budgetFrameOre + leftoverFundsOre - commitmentsOre;
    }

    /**
     * SHA-256 over a canonical text of every input, independent of the order they were given in: two allocations
     * with the same fingerprint were computed from the same facts under the same rules.
     */
    public String fingerprint(String rules) {
        return fingerprint(rules, false);
    }

    /**
     * @param withProfiles whether the plan reads the reports' profiles (themes, wider target group, coordinator
     *                     grounds), which then count as inputs
     */
    public String fingerprint(String rules, boolean withProfiles) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        // the text is hashed in pieces as it is written (never within a report, so no character is split), which
        // gives the digest of the whole text without holding it
        StringBuilder canonical = new StringBuilder(CANONICAL_PIECE + 1024);
        canonical.append(rules).append('\n').append(budgetFrameOre).append('\n').append(leftoverFundsOre)
                .append('\n').append(commitmentsOre).append('\n');
        canonical.append(networks.stream().map(Network::canonicalForm).collect(Collectors.joining("\n")))
                .append('\n');
        for (int i = 0; i < needsReports.size(); i++) {
            if (i > 0) {
                canonical.append('\n');
            }
            needsReports.get(i).appendCanonicalForm(canonical, withProfiles);
            if (canonical.length() >= CANONICAL_PIECE) {
                hashPiece(sha256, canonical);
            }
        }
        canonical.append('\n')
                .append(adjustments.stream().map(ManualAdjustment::canonicalForm).collect(Collectors.joining("\n")))
                .append('\n').append(yearlyDecisions.canonicalForm())
                // known only since reservations record each line's years; absent, the text is as it always was
                .append(commitmentsByDurationOre.isEmpty() ? "" : "\ncommitments-by-duration="
                        + commitmentsByDurationOre);
        hashPiece(sha256, canonical);
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static void hashPiece(MessageDigest sha256, StringBuilder text) {
        sha256.update(text.toString().getBytes(StandardCharsets.UTF_8));
        text.setLength(0);
    }
}
