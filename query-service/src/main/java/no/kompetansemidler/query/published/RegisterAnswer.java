package no.kompetansemidler.query.published;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A county's register of owners and networks as the query API answers it, in the order registered.
 *
 * @param findings what a caseworker should look at: a private owner without the approval for what it runs (it
 *                 cannot receive funds), a network with such an owner
 */
public record RegisterAnswer(String county, List<Owner> owners, List<Network> networks,
                             @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Partner> partners,
                             @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Partnership> partnerships,
                             List<String> findings) {

    /**
     * @param approved   whether a private owner is approved for everything it runs; a public owner always is
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Owner(String organisationNumber, String name, String kind, List<String> institutions,
                        List<Approval> approvals, boolean approved) {
    }

    public record Approval(String institution, String statute, String reference, LocalDate approvedOn) {
    }

    /**
     * @param appealRight whether the network's grant letters can be appealed, from its grant holder's kind:
     *                    APPEALABLE, NOT_APPEALABLE or UNKNOWN
     * @param amendments  the network's amendments in the order recorded; the fields above are as amended
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Network(String networkId, String name, String region, String grantHolder,
                          String grantHolderName, List<String> memberOwners, String appealRight,
                          @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Amendment> amendments) {
    }

    /** What an amendment set, and why. */
    public record Amendment(String grantHolder, List<String> memberOwners, String reason) {
    }

    /** @param kind UNIVERSITY_OR_COLLEGE, VOCATIONAL_COLLEGE or OTHER_EXPERTISE */
    public record Partner(String partnerId, String name, String kind, String organisationNumber) {
    }

    /** A partnership across the budget years of its development work, with its partners by name. */
    public record Partnership(String partnershipId, String name, String networkId, List<String> partnerIds,
                              List<String> partnerNames, int firstYear, int lastYear) {
    }
}
