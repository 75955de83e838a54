package no.kompetansemidler.allocation.result;

import no.kompetansemidler.allocation.input.TargetGroup;

/**
 * One line of an allocation proposal.
 *
 * @param recipientId   network, region or institution receiving the money
 * @param purpose       why
 * @param needsReportId the needs report funded, for {@link Purpose#NEEDS_REPORT} lines
 * @param targetGroup   the report's target group, or {@code null}
 * @param years         how many years the measures run (1 unless a needs report says otherwise)
 * @param networkOre    to the network/owners (coordinator and release time included)
 * @param partnerOre    to the university/college or other expertise partner
 */
public record ProposalLine(String recipientId, Purpose purpose, String needsReportId, TargetGroup targetGroup,
                           int years, long networkOre, long partnerOre) {

    public ProposalLine {
        if (networkOre < 0 || partnerOre < 0) {
            throw new IllegalArgumentException("a proposal line cannot be negative: " + recipientId);
        }
    }

    public static ProposalLine to(String recipientId, Purpose purpose, long amountOre) {
        return new ProposalLine(recipientId, purpose, null, null, 1, amountOre, 0);
    }

    public long amountOre() {
        return networkOre + partnerOre;
    }
}
