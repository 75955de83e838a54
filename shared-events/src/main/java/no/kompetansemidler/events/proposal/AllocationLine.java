package no.kompetansemidler.events.proposal;

import no.kompetansemidler.events.needs.TargetGroup;

/**
 * One line of a proposal, decision or reallocation: money to one recipient, split between the network/owners and
 * the partner.
 *
 * @param recipientId   the network, region or institution receiving it
 * @param purpose       {@code NEEDS_REPORT}, {@code NETWORK_FRAME}, {@code COMMON_MEASURES}, {@code EQUALISATION}
 *                      or {@code FACILITATION}
 * @param needsReportId the needs report funded, for {@code NEEDS_REPORT} lines, else {@code null}
 * @param targetGroup   the report's target group, or {@code null}
 * @param years         budget years the measures run; more than 1 commits later years' funds
 * @param networkOre    a year's amount to the network/owners
 * @param partnerOre    a year's amount to the university/college or other expertise partner
 */
public record AllocationLine(String recipientId, String purpose, String needsReportId, TargetGroup targetGroup,
                             int years, long networkOre, long partnerOre) {

    public long amountOre() {
        return networkOre + partnerOre;
    }
}
