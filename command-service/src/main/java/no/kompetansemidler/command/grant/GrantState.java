package no.kompetansemidler.command.grant;

import java.util.List;
import java.util.Optional;

import no.kompetansemidler.events.grant.GrantEstablished;
import no.kompetansemidler.events.grant.GrantEvent;
import no.kompetansemidler.events.grant.Tranche;

/** A grant's state, folded from its events. Plain Java, changed only by {@link #evolve}. */
public final class GrantState {

    private GrantEstablished award;

    public void evolve(GrantEvent event) {
        if (event instanceof GrantEstablished awarded) {
            award = awarded;
        }
    }

    /** How the grant began, empty before it was awarded. */
    public Optional<GrantEstablished> award() {
        return Optional.ofNullable(award);
    }

    public List<Tranche> tranches() {
        return award == null ? List.of() : award.tranches();
    }
}
