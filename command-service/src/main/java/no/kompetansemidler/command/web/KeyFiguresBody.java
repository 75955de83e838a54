package no.kompetansemidler.command.web;

import java.util.List;

import no.kompetansemidler.events.proposal.NetworkKeyFigures;

/**
 * A network's distribution-key figures in a request (a call, a proposal, a what-if).
 *
 * @param fullTimeEquivalentsHundredths full-time equivalents ("årsverk") in hundredths, 1234.5 FTE = 123450
 */
public record KeyFiguresBody(String networkId, long fullTimeEquivalentsHundredths, long pupilsAndChildren) {

    public NetworkKeyFigures toKeyFigures() {
        return new NetworkKeyFigures(networkId, fullTimeEquivalentsHundredths, pupilsAndChildren);
    }

    /** @return {@code null} for a list left out, so the command can tell it from an empty one */
    public static List<NetworkKeyFigures> toKeyFigures(List<KeyFiguresBody> bodies) {
        return bodies == null ? null : bodies.stream().map(KeyFiguresBody::toKeyFigures).toList();
    }
}
