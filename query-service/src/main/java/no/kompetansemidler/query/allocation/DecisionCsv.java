package no.kompetansemidler.query.allocation;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import no.kompetansemidler.events.decision.AllocationDecided;
import no.kompetansemidler.events.proposal.AllocationLine;

/**
 * The decision table ("vedtak") as CSV for a spreadsheet set to Norwegian: UTF-8 with a byte-order mark so æ, ø and
 * å survive, semicolons between fields, decimal commas, CRLF line ends, and fields quoted where they need it.
 * Amounts come both in øre (exact) and in NOK.
 */
final class DecisionCsv {

    static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final List<String> HEADER = List.of("Runde", "Mottaker", "Formål", "Behovsmelding",
            "Målgruppe", "År", "Nettverk (øre)", "Partner (øre)", "Sum (øre)", "Sum (NOK)", "Avvik fra forslag");

    private DecisionCsv() {
    }

    static String of(AllocationDecided decision) {
        Stream<List<String>> rows = decision.lines().stream().map(line -> List.of(decision.roundId(),
                line.recipientId(), line.purpose(), orEmpty(line.needsReportId()),
                line.targetGroup() == null ? "" : line.targetGroup().name(), String.valueOf(line.years()),
                String.valueOf(line.networkOre()), String.valueOf(line.partnerOre()),
                String.valueOf(line.amountOre()), nok(line.amountOre()), deviation(decision, line)));
        return BYTE_ORDER_MARK + Stream.concat(Stream.of(HEADER), rows)
                .map(row -> row.stream().map(DecisionCsv::field).collect(Collectors.joining(";")))
                .collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    /** 123456789 øre → 1234567,89 (no thousands separator, so the spreadsheet reads a number). */
    static String nok(long ore) {
        return (ore < 0 ? "-" : "") + Math.abs(ore) / 100 + "," + String.format("%02d", Math.abs(ore) % 100);
    }

    private static String deviation(AllocationDecided decision, AllocationLine line) {
        return decision.deviations().stream().filter(deviation -> deviation.recipientId().equals(line.recipientId()))
                .map(deviation -> deviation.reason()).findFirst().orElse("");
    }

    private static String field(String value) {
        boolean quote = value.contains(";") || value.contains("\"") || value.contains("\n") || value.contains("\r");
        return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
