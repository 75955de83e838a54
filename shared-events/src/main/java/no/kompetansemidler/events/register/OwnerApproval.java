package no.kompetansemidler.events.register;

import java.time.LocalDate;

/**
 * A private owner's approval to run an institution, which it needs to receive funds.
 *
 * @param reference the approving authority's case or decision reference
 */
public record OwnerApproval(Institution institution, String reference, LocalDate approvedOn) {
}
