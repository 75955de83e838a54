package no.kompetansemidler.command.scenario;

import java.util.List;
import java.util.Map;

import no.kompetansemidler.command.refusal.ExpectedVersion;
import no.kompetansemidler.command.refusal.VersionedCommand;
import no.kompetansemidler.events.proposal.NetworkKeyFigures;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Runs the allocation engine on a round's recorded inputs with something changed, without changing the round.
 * Whatever is left out is as the round's latest proposal recorded it.
 *
 * @param planVersion             another adopted (or shipped) plan version of the county, or {@code null}
 * @param planDocument            a plan document to try (compact JSON), e.g. a revision before it is adopted
 * @param networks                other key figures, or {@code null}
 * @param yearlySharesBasisPoints other yearly shares, or {@code null}
 * @param yearlyAmountsOre        other yearly amounts, or {@code null}
 */
public record RunScenario(@TargetAggregateIdentifier String scenariosId, String roundId, String name,
                          String planVersion, String planDocument, List<NetworkKeyFigures> networks,
                          Map<String, Integer> yearlySharesBasisPoints, Map<String, Long> yearlyAmountsOre,
                          ExpectedVersion expectedVersion) implements VersionedCommand {

    public static String idOf(String roundId) {
        return "scenarios-" + roundId;
    }
}
