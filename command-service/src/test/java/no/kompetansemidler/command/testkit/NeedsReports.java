package no.kompetansemidler.command.testkit;

import java.util.UUID;

/** Needs-report request bodies as a network's frontend sends them, with one measure. */
public final class NeedsReports {

    private NeedsReports() {
    }

    /** The body of {@code POST /rounds/{id}/needs-reports}. */
    public static String report(String networkId, String targetGroup, int years, long ownerOre, long partnerOre) {
        return "{\"networkId\": \"" + networkId + "\", \"content\": "
                + content(targetGroup, years, ownerOre, partnerOre) + "}";
    }

    /** A report's content: one measure of the given years and yearly amounts. */
    public static String content(String targetGroup, int years, long ownerOre, long partnerOre) {
        return """
                {"owners": ["Kommunen"], "partners": [{"name": "Universitetet", "kind": "UNIVERSITY_OR_COLLEGE"}],
                 "targetGroup": "%s", "themes": ["lesing"],
                 "measures": [{"title": "Lesing %s", "durationYears": %d, "ownerOre": %d, "partnerOre": %d,
                               "coordinatorOre": 0, "releaseTimeOre": 0}],
                 "ownContribution": "Ledere deltar", "samiPerspectives": "Samisk lesestoff",
                 "leftoverFundsOre": 0, "ownerParticipatedBefore": false, "yearsFundedBefore": 0}"""
                .formatted(targetGroup, UUID.randomUUID(), years, ownerOre, partnerOre);
    }
}
