package no.kompetansemidler.events.calendar;

import java.util.Arrays;
import java.util.Optional;

/**
 * A step of the year a county plan's calendar ("årshjul") dates. Steps the round records when they happen are
 * {@linkplain #tracked() tracked}: their date is compared with the plan's, and a late one is a finding. The others
 * (information meetings, the forum's regular meetings, the plan's evaluation) are in the calendar for people's
 * diaries only.
 */
public enum CalendarStep {

    /** Information meetings for the sector about the coming call. */
    INFORMATION_MEETING("information-meeting", false),
    /** The needs-report template sent to the owners ("behovsmeldingsmal klar"): done when the round sends it. */
    TEMPLATE_SENT("template-sent", true),
    /** The last day for needs reports: done when submission closes, on the deadline the round set. */
    NEEDS_DEADLINE("needs-deadline", true),
    /** One of the forum's regular meetings (there may be several). */
    FORUM_MEETING("forum-meeting", false),
    /** The forum's meeting on the county governor's proposal (§ 12): done on the day of its first recorded input. */
    FORUM_ON_PROPOSAL("forum-on-proposal", true),
    /** The county governor's decision ("vedtak"): done on the day it is made. */
    DECISION("decision", true),
    /**
     * The recipients' reporting deadline. Not tracked as done (the reports come in one by one, in the reporting
     * view); a decision that sets the deadline after the plan's day is a finding.
     */
    REPORTING("reporting", false),
    /** The yearly evaluation of the allocation and the plan. */
    EVALUATION("evaluation", false);

    private final String documentName;
    private final boolean tracked;

    CalendarStep(String documentName, boolean tracked) {
        this.documentName = documentName;
        this.tracked = tracked;
    }

    /** How plan documents and the API name the step, e.g. {@code forum-on-proposal}. */
    public String documentName() {
        return documentName;
    }

    /** Whether the round records when the step happens, so that a late one is a finding. */
    public boolean tracked() {
        return tracked;
    }

    /** Whether a calendar may date the step more than once (the forum's regular meetings). */
    public boolean repeats() {
        return this == FORUM_MEETING;
    }

    public static Optional<CalendarStep> byDocumentName(String name) {
        return Arrays.stream(values()).filter(step -> step.documentName.equals(name)).findFirst();
    }
}
