package no.kompetansemidler.command.reallocation;

import no.kompetansemidler.events.round.RoundEvent;
import no.kompetansemidler.recorded.LeftoverFundsOnFile;

/**
 * The leftover funds' own state in a round ({@link LeftoverFundsOnFile}: each source part by part, what was drawn
 * from it, the carry-overs received). Plain Java, changed only by {@link #evolve}.
 */
public final class ReallocationState {

    private final LeftoverFundsOnFile funds = new LeftoverFundsOnFile();

    public void evolve(RoundEvent event) {
        funds.apply(event);
    }

    public LeftoverFundsOnFile funds() {
        return funds;
    }
}
