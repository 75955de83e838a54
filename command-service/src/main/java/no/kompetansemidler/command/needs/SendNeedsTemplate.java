package no.kompetansemidler.command.needs;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import no.kompetansemidler.command.kernel.RoundCommand;
import no.kompetansemidler.command.refusal.ExpectedVersion;
import no.kompetansemidler.events.Copies;
import no.kompetansemidler.events.proposal.NetworkKeyFigures;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Sends the needs-report template to the networks and opens the submission window until the deadline; with the
 * networks' key figures (and the year's figures a plan needs), each network can see its indicative frame before it
 * writes its report.
 */
public record SendNeedsTemplate(@TargetAggregateIdentifier String roundId, String templateVersion,
                                List<String> recipients, Instant submissionDeadline,
                                List<NetworkKeyFigures> networks, Map<String, Integer> yearlySharesBasisPoints,
                                Map<String, Long> yearlyAmountsOre, ExpectedVersion expectedVersion)
        implements RoundCommand {

    public SendNeedsTemplate {
        networks = Copies.list(networks);
        yearlySharesBasisPoints = Copies.map(yearlySharesBasisPoints);
        yearlyAmountsOre = Copies.map(yearlyAmountsOre);
    }

    /** Without figures for indicative frames. */
    public SendNeedsTemplate(String roundId, String templateVersion, List<String> recipients,
                             Instant submissionDeadline, ExpectedVersion expectedVersion) {
        this(roundId, templateVersion, recipients, submissionDeadline, List.of(), Map.of(), Map.of(),
                expectedVersion);
    }
}
