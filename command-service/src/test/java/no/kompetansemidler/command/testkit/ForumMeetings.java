package no.kompetansemidler.command.testkit;

/** Forum-meeting request bodies as the administrator's frontend sends them: the forum discussed the proposal. */
public final class ForumMeetings {

    private ForumMeetings() {
    }

    /** The body of {@code POST /rounds/{id}/forum-meetings}: a meeting in March that recommends the proposal. */
    public static String consensus(int budgetYear) {
        return """
                {"meetingDate": "%d-03-11", "membersPresent": [
                   {"name": "Kari Nordmann", "organisation": "Statsforvalteren", "countyGovernorRepresentative": true},
                   {"name": "Siri Berg", "organisation": "Utdanningsforbundet", "countyGovernorRepresentative": false}],
                 "items": [{"subject": "Forslag til fordeling", "outcome": {"kind": "CONSENSUS",
                            "conclusion": "Forslaget tilrås"}}]}""".formatted(budgetYear);
    }

    /**
     * The body of a meeting where the county's plan gives the forum the recommendation (Trøndelag): it recommends the
     * given lines.
     *
     * @param lines the recommended allocation lines as JSON
     */
    public static String recommending(int budgetYear, String lines) {
        String meeting = consensus(budgetYear);
        return meeting.substring(0, meeting.lastIndexOf('}')) + ", \"recommendation\": " + lines + "}";
    }
}
