package no.kompetansemidler.allocation.input;

import java.util.Map;
import java.util.TreeMap;

import no.kompetansemidler.allocation.money.Share;

/**
 * Figures a plan leaves to be decided each year, keyed by the plan rule that uses them: Trøndelag's forum decides
 * the common-measures share at its first meeting of the year.
 */
public record YearlyDecisions(Map<String, Share> shares, Map<String, Long> amountsOre) {

    public static final YearlyDecisions NONE = new YearlyDecisions(Map.of(), Map.of());

    public YearlyDecisions {
        shares = Map.copyOf(shares);
        amountsOre = Map.copyOf(amountsOre);
    }

    public Share share(String ruleId) {
        Share share = shares.get(ruleId);
        if (share == null) {
            throw new IllegalArgumentException("the plan's rule " + ruleId + " needs this year's share");
        }
        return share;
    }

    public long amountOre(String ruleId) {
        Long amount = amountsOre.get(ruleId);
        if (amount == null || amount < 0) {
            throw new IllegalArgumentException("the plan's rule " + ruleId + " needs this year's amount");
        }
        return amount;
    }

    String canonicalForm() {
        return new TreeMap<>(shares) + "|" + new TreeMap<>(amountsOre);
    }
}
