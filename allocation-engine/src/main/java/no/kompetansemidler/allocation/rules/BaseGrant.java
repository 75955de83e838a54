package no.kompetansemidler.allocation.rules;

import no.kompetansemidler.allocation.input.Network;
import no.kompetansemidler.allocation.money.Nok;

/**
 * The same fixed amount to every network before the key ("grunntilskudd", Trøndelag).
 *
 * @param amountPerNetworkOre the plan's amount, or {@code null} where it is decided each year
 */
public record BaseGrant(String id, Long amountPerNetworkOre) implements AllocationRule {

    public BaseGrant {
        if (amountPerNetworkOre != null && amountPerNetworkOre < 0) {
            throw new IllegalArgumentException(id + ": a base grant cannot be negative");
        }
    }

    public static BaseGrant decidedYearly(String id) {
        return new BaseGrant(id, null);
    }

    @Override
    public void apply(Worksheet sheet) {
        long amountPerNetworkOre = this.amountPerNetworkOre != null ? this.amountPerNetworkOre
                : sheet.input().yearlyDecisions().amountOre(id);
        for (Network network : sheet.input().networks()) {
            sheet.assignToNetwork(id, network.id(), amountPerNetworkOre,
                    "base grant " + Nok.format(amountPerNetworkOre) + " per network");
        }
    }
}
