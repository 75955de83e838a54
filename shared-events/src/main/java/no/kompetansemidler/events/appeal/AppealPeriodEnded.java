package no.kompetansemidler.events.appeal;

import java.time.LocalDate;
import java.util.List;

import no.kompetansemidler.events.Copies;
import no.kompetansemidler.events.round.RoundEvent;
import org.axonframework.serialization.Revision;

/**
 * The three weeks to appeal the decision's grant letters ran out: the letters not appealed by then are final
 * (endelige) for their recipients; an appeal received later is registered as late.
 *
 * @param lastDay      the period's last day in Norway
 * @param notAppealed  the references of the decision's letters nobody appealed in the period, in reference order
 */
@Revision("1")
public record AppealPeriodEnded(String roundId, LocalDate lastDay, List<String> notAppealed) implements RoundEvent {

    public AppealPeriodEnded {
        notAppealed = Copies.list(notAppealed);
    }
}
