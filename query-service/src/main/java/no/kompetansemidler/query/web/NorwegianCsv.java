package no.kompetansemidler.query.web;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * CSV for a spreadsheet set to Norwegian: UTF-8 with a byte-order mark so æ, ø and å survive, semicolons between
 * fields, CRLF line ends, fields quoted where they need it, and amounts in NOK with a decimal comma.
 */
public final class NorwegianCsv {

    public static final String BYTE_ORDER_MARK = "\uFEFF";

    private NorwegianCsv() {
    }

    public static String of(List<String> header, Stream<List<String>> rows) {
        return BYTE_ORDER_MARK + Stream.concat(Stream.of(header), rows)
                .map(row -> row.stream().map(NorwegianCsv::field).collect(Collectors.joining(";")))
                .collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    /** 123456789 øre → 1234567,89 (no thousands separator, so the spreadsheet reads a number). */
    public static String nok(long ore) {
        return (ore < 0 ? "-" : "") + Math.abs(ore) / 100 + "," + String.format("%02d", Math.abs(ore) % 100);
    }

    private static String field(String value) {
        boolean quote = value.contains(";") || value.contains("\"") || value.contains("\n") || value.contains("\r");
        return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
