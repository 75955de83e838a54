package no.kompetansemidler.events.register;

import java.util.List;

import no.kompetansemidler.events.Copies;
import org.axonframework.serialization.Revision;

/**
 * A partnership (partnerskap) of a registered network's owners with registered partners was entered in the county's
 * register for the budget years of its development work, at most four (§ 4 of the regulation and the plans). Each
 * year's needs report of the work names it, so the years belong together.
 *
 * @param partnerIds the registered partners, in the order given
 * @param firstYear  the first budget year of the work
 * @param lastYear   its last budget year
 */
@Revision("1")
public record PartnershipRegistered(String county, String partnershipId, String name, String networkId,
                                    List<String> partnerIds, int firstYear, int lastYear)
        implements RecipientRegisterEvent {

    public PartnershipRegistered {
        partnerIds = Copies.list(partnerIds);
    }

    /** Whether the work runs in the budget year. */
    public boolean runsIn(int budgetYear) {
        return budgetYear >= firstYear && budgetYear <= lastYear;
    }
}
