package no.kompetansemidler.events.proposal;

/**
 * The distribution-key figures of one network a proposal was computed from.
 *
 * @param fullTimeEquivalentsHundredths full-time equivalents ("årsverk") in hundredths, 1234.5 FTE = 123450
 * @param pupilsAndChildren             pupils and kindergarten children
 */
public record NetworkKeyFigures(String networkId, long fullTimeEquivalentsHundredths, long pupilsAndChildren) {
}
