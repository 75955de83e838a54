package no.kompetansemidler.command.refusal;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The aggregate version a client last saw, from its {@code If-Match} header: the command applies only if nothing
 * changed since. Absent (or {@code *}) means the client does not ask for the check.
 */
public record ExpectedVersion(Long version) {

    public static final ExpectedVersion ANY = new ExpectedVersion(null);
    private static final Pattern ETAG = Pattern.compile("(?:W/)?\"(\\d{1,18})\"");

    /** Parses {@code "3"} (the ETag this service hands out); refuses anything else as invalid input. */
    public static ExpectedVersion fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return ANY;
        }
        Matcher matcher = ETAG.matcher(ifMatch.trim());
        if (!matcher.matches()) {
            throw CommandRefused.invalidInput(List.of(new Violation("If-Match", "etag-format",
                    "If-Match takes the ETag of an earlier answer, e.g. \"3\"")));
        }
        return new ExpectedVersion(Long.parseLong(matcher.group(1)));
    }

    /** @param actual the aggregate's current version, {@code null} if it does not exist yet */
    public void check(Long actual) {
        if (version != null && !version.equals(actual)) {
            throw new CommandRefused(Refusal.STALE_VERSION, "stale-version", "The version in If-Match (" + version
                    + ") is no longer current" + (actual == null ? "" : " (now " + actual + ")")
                    + ": read again and decide on the current state.", List.of(),
                    actual == null ? Map.of() : Map.of("currentVersion", actual));
        }
    }
}
