package no.kompetansemidler.query.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.kompetansemidler.events.calendar.CalendarStep;
import no.kompetansemidler.recorded.calendar.RoundCalendarOnFile.Step;

/**
 * A round's calendar as an iCalendar feed (RFC 5545) for people's calendar applications: one all-day event per step,
 * its window where it has one, named in Norwegian, with the plan's words. Only what the plan publishes: no reasons
 * for moves and no findings. The same history gives the same bytes: the stamp is the last change of the calendar
 * (the round's opening or a move; nothing else that happened in the round), a step's UID is the round and the step
 * (and, for the forum's regular meetings, the day, numbered where two share it), and its SEQUENCE counts the moves,
 * so a moved step replaces itself in a subscriber's calendar.
 */
final class ICalendarFeed {

    static final String MEDIA_TYPE = "text/calendar;charset=UTF-8";

    /** The steps' names in people's calendars (Norwegian, as the plans write them). */
    private static final Map<CalendarStep, String> SUMMARIES = Map.of(
            CalendarStep.INFORMATION_MEETING, "Informasjonsmøte for sektoren",
            CalendarStep.TEMPLATE_SENT, "Behovsmeldingsmal sendes ut",
            CalendarStep.NEEDS_DEADLINE, "Frist for behovsmelding",
            CalendarStep.FORUM_MEETING, "Møte i samarbeidsforum",
            CalendarStep.FORUM_ON_PROPOSAL, "Samarbeidsforum drøfter forslag til fordeling",
            CalendarStep.DECISION, "Frist for vedtak",
            CalendarStep.REPORTING, "Frist for rapportering",
            CalendarStep.EVALUATION, "Evaluering av tildelingen og planen");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    /** RFC 5545 § 3.1: lines longer than 75 octets are folded. */
    private static final int LINE_OCTETS = 75;

    private ICalendarFeed() {
    }

    /**
     * @param title   the calendar's name, e.g. {@code Kompetansemidler Troms 2027}
     * @param stamp   when the calendar last changed
     * @param moves   how many times each step was moved
     */
    static String of(String roundId, String title, Instant stamp, List<Step> steps, Map<CalendarStep, Integer> moves) {
        StringBuilder feed = new StringBuilder();
        line(feed, "BEGIN:VCALENDAR");
        line(feed, "VERSION:2.0");
        line(feed, "PRODID:-//Kompetansemidler//Årshjul//NO");
        line(feed, "CALSCALE:GREGORIAN");
        // no METHOD: a subscribed feed is plain RFC 5545; iTIP's PUBLISH would ask for an organiser per event
        line(feed, "X-WR-CALNAME:" + text(title));
        line(feed, "X-WR-TIMEZONE:Europe/Oslo");
        Set<String> uids = new HashSet<>();
        for (Step step : steps) {
            LocalDate first = step.from() == null ? step.due() : step.from();
            String name = roundId + "-" + step.step().documentName()
                    + (step.step().repeats() ? "-" + DAY.format(step.due()) : "");
            String uid = name + "@kompetansemidler.no";
            for (int n = 2; !uids.add(uid); n++) {
                uid = name + "-" + n + "@kompetansemidler.no";
            }
            line(feed, "BEGIN:VEVENT");
            line(feed, "UID:" + uid);
            line(feed, "DTSTAMP:" + STAMP.format(stamp));
            line(feed, "DTSTART;VALUE=DATE:" + DAY.format(first));
            line(feed, "DTEND;VALUE=DATE:" + DAY.format(step.due().plusDays(1)));
            line(feed, "SUMMARY:" + text(SUMMARIES.get(step.step()) + " – " + title));
            line(feed, "DESCRIPTION:" + text(step.citation()
                    + (step.move() == null ? "" : "\nFlyttet fra " + step.plannedDue() + ".")));
            line(feed, "SEQUENCE:" + moves.getOrDefault(step.step(), 0));
            line(feed, "TRANSP:TRANSPARENT");
            line(feed, "END:VEVENT");
        }
        line(feed, "END:VCALENDAR");
        return feed.toString();
    }

    /** RFC 5545 § 3.3.11: backslash, semicolon, comma and line breaks are escaped in text. */
    private static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Appends a content line, folded at 75 octets without splitting a UTF-8 character, ending in CRLF. */
    private static void line(StringBuilder feed, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int length = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + length > LINE_OCTETS) {
                feed.append("\r\n ");
                octets = 1;
            }
            feed.appendCodePoint(codePoint);
            octets += length;
            i += Character.charCount(codePoint);
        }
        feed.append("\r\n");
    }
}
