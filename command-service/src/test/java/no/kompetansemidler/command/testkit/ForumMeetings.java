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
}
