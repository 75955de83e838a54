package no.kompetansemidler.events.needs;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import no.kompetansemidler.events.Copies;
import no.kompetansemidler.events.proposal.NetworkKeyFigures;
import no.kompetansemidler.events.round.RoundEvent;
import org.axonframework.serialization.Revision;

/**
 * The county governor sent the needs-report template ("behovsmeldingsmal"): the submission window is open until the
 * deadline.
 *
 * @param recipients              the networks asked to report, by identifier
 * @param submissionDeadline      when the window closes; later submissions need an extension
 * @param networks                the networks' key figures known at the call, from which their indicative frames
 *                                ("anslag", "forhåndstildelt ramme") are computed; empty if none were given
 *                                (revision 1 had none)
 * @param yearlySharesBasisPoints the year's shares known at the call, for the indicative frames
 * @param yearlyAmountsOre        the year's amounts known at the call, for the indicative frames
 */
@Revision("2")
public record NeedsTemplateSent(String roundId, String templateVersion, List<String> recipients,
                                Instant submissionDeadline, List<NetworkKeyFigures> networks,
                                Map<String, Integer> yearlySharesBasisPoints, Map<String, Long> yearlyAmountsOre)
        implements RoundEvent {

    public NeedsTemplateSent {
        recipients = Copies.list(recipients);
        networks = Copies.list(networks);
        yearlySharesBasisPoints = Copies.map(yearlySharesBasisPoints);
        yearlyAmountsOre = Copies.map(yearlyAmountsOre);
    }
}
