package no.kompetansemidler.query.allocation;

import java.util.List;
import java.util.stream.Stream;

import no.kompetansemidler.events.decision.AllocationDecided;
import no.kompetansemidler.events.proposal.AllocationLine;
import no.kompetansemidler.query.web.NorwegianCsv;

/**
 * The decision table ("vedtak") as CSV for a spreadsheet set to Norwegian ({@link NorwegianCsv}). Amounts come both
 * in øre (exact) and in NOK.
 */
final class DecisionCsv {

    private static final List<String> HEADER = List.of("Runde", "Mottaker", "Formål", "Behovsmelding",
            "Målgruppe", "År", "Nettverk (øre)", "Partner (øre)", "Sum (øre)", "Sum (NOK)", "Avvik fra forslag");

    private DecisionCsv() {
    }

    static String of(AllocationDecided decision) {
        Stream<List<String>> rows = decision.lines().stream().map(line -> List.of(decision.roundId(),
                line.recipientId(), line.purpose(), orEmpty(line.needsReportId()),
                line.targetGroup() == null ? "" : line.targetGroup().name(), String.valueOf(line.years()),
                String.valueOf(line.networkOre()), String.valueOf(line.partnerOre()),
                String.valueOf(line.amountOre()), NorwegianCsv.nok(line.amountOre()), deviation(decision, line)));
        return NorwegianCsv.of(HEADER, rows);
    }

    private static String deviation(AllocationDecided decision, AllocationLine line) {
        return decision.deviations().stream().filter(deviation -> deviation.recipientId().equals(line.recipientId()))
                .map(deviation -> deviation.reason()).findFirst().orElse("");
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
