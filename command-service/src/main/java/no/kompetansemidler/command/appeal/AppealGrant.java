package no.kompetansemidler.command.appeal;

import java.util.List;
import java.util.Map;

import no.kompetansemidler.events.Copies;
import no.kompetansemidler.events.proposal.AllocationLine;
import no.kompetansemidler.events.reallocation.FundsSource;

/**
 * What an appeal's outcome gives the appellant beyond its letter: leftover funds from one source, in lines to the
 * appellant that sum to the amount, as a reallocation with its own letter. Absent when nothing is granted.
 *
 * @param eligibilityOverrides why the county governor gives to an appellant the county's register finds ineligible
 *                             (a private owner without its approval), by recipient, as for any reallocation
 */
public record AppealGrant(FundsSource source, String sourceReference, Long amountOre, List<AllocationLine> lines,
                          Map<String, String> eligibilityOverrides) {

    public AppealGrant {
        lines = lines == null ? null : Copies.list(lines);
        eligibilityOverrides = Copies.map(eligibilityOverrides);
    }

    /** A grant with no reason to give to an ineligible appellant. */
    public AppealGrant(FundsSource source, String sourceReference, Long amountOre, List<AllocationLine> lines) {
        this(source, sourceReference, amountOre, lines, Map.of());
    }

    /** Whether the client gave any part of a grant. */
    public boolean given() {
        return source != null || sourceReference != null || amountOre != null || lines != null;
    }
}
