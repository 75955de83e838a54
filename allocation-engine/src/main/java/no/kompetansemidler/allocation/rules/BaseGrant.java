package no.kompetansemidler.allocation.rules;

import no.kompetansemidler.allocation.input.Network;
import no.kompetansemidler.allocation.money.Nok;

/** The same fixed amount to every network before the key ("grunntilskudd", Trøndelag). */
public record BaseGrant(String id, long amountPerNetworkOre) implements AllocationRule {

    public BaseGrant {
        if (amountPerNetworkOre < 0) {
            throw new IllegalArgumentException(id + ": a base grant cannot be negative");
        }
    }

    @Override
    public void apply(Worksheet sheet) {
        for (Network network : sheet.input().networks()) {
            sheet.assignToNetwork(id, network.id(), amountPerNetworkOre,
                    "base grant " + Nok.format(amountPerNetworkOre) + " per network");
        }
    }
}
