package no.kompetansemidler.allocation.rules;

import no.kompetansemidler.allocation.input.Network;
import no.kompetansemidler.allocation.money.Nok;

/**
 * Checks that each network's decision basis stays within its pre-allocated frame (Trøndelag: "skal de forholde seg
 * til den forhåndstildelte rammen"). Moves no money.
 */
public record NeedsWithinNetworkFrame(String id) implements ComplianceCheck {

    public static final String EXCEEDED = "needs-exceed-network-frame";

    @Override
    public void apply(Worksheet sheet) {
        for (Network network : sheet.input().networks()) {
            long needs = sheet.requestedBy(network.id());
            long frame = sheet.networkShare(network.id());
            if (needs > frame) {
                sheet.find(EXCEEDED, network.id(), "decision basis " + Nok.format(needs) + " exceeds the frame "
                        + Nok.format(frame) + " by " + Nok.format(needs - frame));
            }
        }
    }
}
