package no.kompetansemidler.command.appeal;

import java.util.List;

import no.kompetansemidler.events.Copies;
import no.kompetansemidler.events.proposal.AllocationLine;
import no.kompetansemidler.events.reallocation.FundsSource;

/**
 * What an appeal's outcome gives the appellant beyond its letter: leftover funds from one source, in lines to the
 * appellant that sum to the amount, as a reallocation with its own letter. Absent when nothing is granted.
 */
public record AppealGrant(FundsSource source, String sourceReference, Long amountOre, List<AllocationLine> lines) {

    public AppealGrant {
        lines = lines == null ? null : Copies.list(lines);
    }

    /** Whether the client gave any part of a grant. */
    public boolean given() {
        return source != null || sourceReference != null || amountOre != null || lines != null;
    }
}
