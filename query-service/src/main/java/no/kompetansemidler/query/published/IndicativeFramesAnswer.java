package no.kompetansemidler.query.published;

import java.util.List;

/**
 * What each recipient can expect from a round's call, before its needs are in (Innlandet «anslag», Trøndelag
 * «forhåndstildelt ramme»), as the query API answers it.
 *
 * @param unavailableBecause why no frames can be given yet (no plan, no key figures in the call, a year's figure
 *                           the plan needs), or {@code null}
 */
public record IndicativeFramesAnswer(String roundId, String planVersion, long budgetFrameOre, long commitmentsOre,
                                     List<Frame> frames, String unavailableBecause) {

    /** One recipient's indicative amount in øre. */
    public record Frame(String recipientId, long frameOre) {
    }
}
