package no.kompetansemidler.command.kernel;

import java.util.List;
import java.util.Map;

import no.kompetansemidler.command.refusal.Violations;
import no.kompetansemidler.events.proposal.NetworkKeyFigures;

/**
 * The figures a plan is applied with, checked the same way wherever they enter (a call, a proposal, a what-if):
 * each network's key figures named and not negative, the year's shares within 0–100 %, the year's amounts not
 * negative.
 */
public final class YearlyFigures {

    private YearlyFigures() {
    }

    public static void check(List<NetworkKeyFigures> networks, Map<String, Integer> shares, Map<String, Long> amounts,
                             Violations violations) {
        for (int i = 0; i < networks.size(); i++) {
            NetworkKeyFigures figures = networks.get(i);
            violations.present("networks[" + i + "].networkId", figures.networkId());
            violations.check(figures.fullTimeEquivalentsHundredths() >= 0 && figures.pupilsAndChildren() >= 0,
                    "networks[" + i + "]", "non-negative", "key figures cannot be negative");
        }
        shares.forEach((rule, share) -> violations.check(share != null && share >= 0 && share <= 10_000,
                "yearlySharesBasisPoints." + rule, "share-in-basis-points",
                "a share is 0 to 10 000 basis points (0 to 100 %)"));
        amounts.forEach((rule, amount) -> violations.check(amount != null && amount >= 0,
                "yearlyAmountsOre." + rule, "non-negative-amount", "a yearly amount in øre cannot be negative"));
    }
}
