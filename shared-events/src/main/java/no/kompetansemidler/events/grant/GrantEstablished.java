package no.kompetansemidler.events.grant;

import java.util.List;

import no.kompetansemidler.events.Copies;
import no.kompetansemidler.events.proposal.AllocationLine;
import org.axonframework.serialization.Revision;

/**
 * A grant began its own life: the letter a round's decision or reallocation sent to one recipient became a grant
 * that is followed across its years. Internal: integrations learn of the award from the letter
 * ({@code no.kompetansemidler.grant.awarded.v1}, whose amount is the letter's yearly total, not this grant's sum
 * over its years).
 *
 * @param grantId         the grant letter's reference
 * @param roundId         the round that awarded it
 * @param county          the county's official name
 * @param recipientId     the network, region or institution receiving it
 * @param firstBudgetYear the budget year of the round that awarded it
 * @param tranches        what each budget year holds, in year order; their sum is the whole grant
 * @param lines           the letter's lines
 * @param conditions      the letter's conditions
 */
@Revision("1")
public record GrantEstablished(String grantId, String roundId, String county, String recipientId,
                               int firstBudgetYear, List<Tranche> tranches, List<AllocationLine> lines,
                               List<String> conditions)
        implements GrantEvent {

    public GrantEstablished {
        tranches = Copies.list(tranches);
        lines = Copies.list(lines);
        conditions = Copies.list(conditions);
    }

    /** The whole grant over all its years. */
    public long totalOre() {
        return tranches.stream().mapToLong(Tranche::amountOre).sum();
    }
}
