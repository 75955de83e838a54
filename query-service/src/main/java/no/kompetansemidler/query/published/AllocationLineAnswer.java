package no.kompetansemidler.query.published;

import no.kompetansemidler.events.needs.TargetGroup;

/**
 * One line of a proposal, decision or reallocation as the query API answers it: a year's amount to one recipient,
 * split between the network/owners and the partner.
 */
public record AllocationLineAnswer(String recipientId, String purpose, String needsReportId, TargetGroup targetGroup,
                                   int years, long networkOre, long partnerOre) {
}
