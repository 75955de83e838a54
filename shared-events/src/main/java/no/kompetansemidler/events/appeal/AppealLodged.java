package no.kompetansemidler.events.appeal;

import java.time.LocalDate;

import no.kompetansemidler.events.round.RoundEvent;
import org.axonframework.serialization.Revision;

/**
 * A recipient appealed its grant letter. An appeal received after the last day is registered all the same, marked
 * late, for the county governor to decide whether to consider it (fvl. § 31).
 *
 * @param appealNumber    1 for the round's first appeal, counting up
 * @param letterReference the letter appealed, e.g. {@code innlandet-2027/private-skoler}
 * @param letterDate      the letter's date in Norway, from which the three weeks run
 * @param lastDay         the last day of the appeal period: three weeks after the letter, moved past a weekend or
 *                        public holiday (fvl. §§ 29–30)
 * @param receivedOn      the day the appeal reached the county governor
 * @param postedOn        the day the appeal was handed to the post, where the administrator registering it knows;
 *                        an appeal posted by the last day is in time (fvl. § 30 first paragraph); {@code null} else
 * @param late            whether it was posted, or else received, after the last day
 */
@Revision("1")
public record AppealLodged(String roundId, int appealNumber, String recipientId, String letterReference,
                           LocalDate letterDate, LocalDate lastDay, LocalDate receivedOn, LocalDate postedOn,
                           boolean late, String grounds) implements RoundEvent {
}
