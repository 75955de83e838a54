package no.kompetansemidler.allocation.input;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import no.kompetansemidler.allocation.money.Share;

/**
 * Figures a plan leaves to be decided each year, keyed by the plan rule that uses them: Trøndelag's forum decides
 * the common-measures share at its first meeting of the year. Besides, the county governor's own assessment where a
 * plan asks for it: which of the plan's tie-breakers apply to which needs report (Troms: "skjønnsmessig vurdering").
 *
 * @param tieBreakers per needs report, the ids of the plan's tie-breakers the county governor found to apply
 */
public record YearlyDecisions(Map<String, Share> shares, Map<String, Long> amountsOre,
                              Map<String, List<String>> tieBreakers) {

    public static final YearlyDecisions NONE = new YearlyDecisions(Map.of(), Map.of());

    /** Yearly figures without tie-breakers. */
    public YearlyDecisions(Map<String, Share> shares, Map<String, Long> amountsOre) {
        this(shares, amountsOre, Map.of());
    }

    public YearlyDecisions {
        shares = Map.copyOf(shares);
        amountsOre = Map.copyOf(amountsOre);
        Map<String, List<String>> sorted = new TreeMap<>();
        tieBreakers.forEach((report, applying) -> sorted.put(report, applying.stream().sorted().distinct().toList()));
        tieBreakers = Collections.unmodifiableMap(sorted);
    }

    public Share share(String ruleId) {
        Share share = shares.get(ruleId);
        if (share == null) {
            throw new IllegalArgumentException("the plan's rule " + ruleId + " needs this year's share");
        }
        return share;
    }

    /** A share the plan gives as a target ("tilnærmet"): this year's value where the forum decided one. */
    public Share shareOr(String ruleId, Share planned) {
        return shares.getOrDefault(ruleId, planned);
    }

    public long amountOre(String ruleId) {
        Long amount = amountsOre.get(ruleId);
        if (amount == null || amount < 0) {
            throw new IllegalArgumentException("the plan's rule " + ruleId + " needs this year's amount");
        }
        return amount;
    }

    /** The tie-breakers found to apply to a report, in id order. */
    public List<String> tieBreakersOf(String needsReportId) {
        return tieBreakers.getOrDefault(needsReportId, List.of());
    }

    String canonicalForm() {
        // Tie-breakers join the text only when recorded, so proposals from before them keep their fingerprints.
        return new TreeMap<>(shares) + "|" + new TreeMap<>(amountsOre)
                + (tieBreakers.isEmpty() ? "" : "|tie-breakers=" + tieBreakers);
    }
}
