package no.kompetansemidler.command.grant;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import no.kompetansemidler.events.grant.GrantEstablished;
import no.kompetansemidler.events.grant.GrantEvent;
import no.kompetansemidler.events.grant.Tranche;
import no.kompetansemidler.events.grant.TrancheGranted;
import no.kompetansemidler.events.grant.TrancheReduced;
import no.kompetansemidler.events.grant.TranchesEnded;

/** A grant's state, folded from its events. Plain Java, changed only by {@link #evolve}. */
public final class GrantState {

    private GrantEstablished award;
    private final Map<Integer, Long> tranches = new TreeMap<>();
    private final Set<String> reductionLetters = new TreeSet<>();
    private final Set<String> trancheLetters = new TreeSet<>();

    public void evolve(GrantEvent event) {
        if (event instanceof GrantEstablished awarded) {
            award = awarded;
            awarded.tranches().forEach(tranche -> tranches.put(tranche.budgetYear(), tranche.amountOre()));
        } else if (event instanceof TrancheReduced reduced) {
            tranches.merge(reduced.budgetYear(), -reduced.reductionOre(), Long::sum);
            reductionLetters.add(reduced.letterReference());
        } else if (event instanceof TranchesEnded ended) {
            ended.endedTranches().keySet().forEach(year -> tranches.put(year, 0L));
        } else if (event instanceof TrancheGranted granted) {
            trancheLetters.add(granted.letterReference());
        }
    }

    /** How the grant began, empty before it was awarded. */
    public Optional<GrantEstablished> award() {
        return Optional.ofNullable(award);
    }

    /** Each budget year's tranche as it now stands, reductions included, in year order. */
    public List<Tranche> tranches() {
        return tranches.entrySet().stream().map(year -> new Tranche(year.getKey(), year.getValue())).toList();
    }

    /** The letters of the later tranches granted, by which a letter seen again is known. */
    public Set<String> trancheLetters() {
        return Collections.unmodifiableSet(trancheLetters);
    }

    /** The letters of the reductions recorded, by which a reduction seen again is known. */
    public Set<String> reductionLetters() {
        return Collections.unmodifiableSet(reductionLetters);
    }
}
