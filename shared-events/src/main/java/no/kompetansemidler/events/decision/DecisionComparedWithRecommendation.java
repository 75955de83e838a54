package no.kompetansemidler.events.decision;

import java.util.List;

import no.kompetansemidler.events.Copies;
import no.kompetansemidler.events.round.RoundEvent;
import org.axonframework.serialization.Revision;

/**
 * Where the county's plan gives the forum the recommendation (Trøndelag), the decision compared with it: every
 * recipient whose decided total differs from what the forum recommended, with the county governor's reason; none
 * where the decision follows it. Recorded with every decision made on a recommendation.
 *
 * @param meetingNumber the meeting whose recommendation the decision was compared with
 */
@Revision("1")
public record DecisionComparedWithRecommendation(String roundId, int proposalNumber, int meetingNumber,
                                                 List<Departure> departures) implements RoundEvent {

    public DecisionComparedWithRecommendation {
        departures = Copies.list(departures);
    }

    /** A recipient the decision gives another total than the forum recommended, and why. */
    public record Departure(String recipientId, long recommendedOre, long decidedOre, String reason) {
    }
}
