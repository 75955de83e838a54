package no.kompetansemidler.command.web;

/**
 * Realistic request bodies for the API documentation, one per command that takes more than a few fields. A test
 * reads each into the types the endpoints read, so an example cannot drift from the API.
 */
public final class ApiExamples {

    public static final String NEEDS_REPORT_EXAMPLE = """
            {"networkId": "valdres",
             "content": {
               "owners": ["Vang kommune", "Vestre Slidre kommune"],
               "partners": [{"name": "Høgskolen i Innlandet", "kind": "UNIVERSITY_OR_COLLEGE"}],
               "targetGroup": "KINDERGARTEN",
               "themes": ["språkmiljø", "inkludering"],
               "measures": [{"title": "Språkløftet i barnehagen", "durationYears": 2, "ownerOre": 40000000,
                             "partnerOre": 55000000, "coordinatorOre": 5000000, "releaseTimeOre": 10000000}],
               "ownContribution": "Styrere og pedagogiske ledere deltar i nettverksmøter",
               "samiPerspectives": "Samisk språk og kultur i barnehagens innhold",
               "leftoverFundsOre": 0, "ownerParticipatedBefore": true, "yearsFundedBefore": 1,
               "otherServices": ["PPT", "helsestasjon"],
               "coordinatorGrounds": "Ni barnehager hos tre eiere i to kommuner",
               "assessment": {
                 "needsAndPlan": "Barnehagene kartla språkmiljøet høsten 2026; planen er tre samlinger og veiledning",
                 "staffInvolvement": "Personalmøter i alle ni barnehager",
                 "longTermGoals": ["Alle barn møter et rikt språkmiljø"],
                 "subGoals": ["Alle ansatte bruker felles observasjonsverktøy innen juni"],
                 "teacherEducation": "Funnene brukes i barnehagelærerutdanningens praksisemner",
                 "localCompetencePlan": {"documentId": "2026/1234-5", "title": "Lokal kompetanseplan 2026–2029",
                   "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"},
                 "attachments": []}}}
            """;

    public static final String PROPOSAL_EXAMPLE = """
            {"networks": [{"networkId": "valdres", "fullTimeEquivalentsHundredths": 123450, "pupilsAndChildren": 0},
                          {"networkId": "hamar", "fullTimeEquivalentsHundredths": 345600, "pupilsAndChildren": 0}],
             "adjustments": [{"fromNeedsReportId": "hamar-1", "toNeedsReportId": "valdres-1", "amountOre": 1000000,
                              "reason": "Lang avstand til UH"}]}
            """;

    public static final String MEETING_EXAMPLE = """
            {"meetingDate": "2027-03-11",
             "membersPresent": [
               {"name": "Kari Nordmann", "organisation": "Statsforvalteren i Innlandet",
                "countyGovernorRepresentative": true},
               {"name": "Ola Hansen", "organisation": "Vang kommune", "countyGovernorRepresentative": false,
                "networkId": "valdres"},
               {"name": "Siri Berg", "organisation": "Utdanningsforbundet", "countyGovernorRepresentative": false},
               {"name": "Per Lie", "organisation": "Høgskolen i Innlandet", "countyGovernorRepresentative": false}],
             "items": [{"subject": "Forslag til fordeling 2027", "affectedNetworkIds": ["valdres"],
                        "statements": [{"member": "Siri Berg", "text": "Støtter forslaget"}],
                        "requestedChanges": [{"recipientId": "valdres", "change": "Øk utjevningen"}],
                        "outcome": {"kind": "VOTE", "conclusion": "Forslaget tilrås", "votesFor": ["Siri Berg"],
                                    "votesAgainst": ["Per Lie"], "abstentions": [], "dissent": ["Per Lie"]}}]}
            """;

    public static final String DECISION_EXAMPLE = """
            {"lines": [
               {"recipientId": "valdres", "purpose": "NEEDS_REPORT", "needsReportId": "valdres-1",
                "targetGroup": "KINDERGARTEN", "years": 2, "networkOre": 45000000, "partnerOre": 55000000},
               {"recipientId": "inn", "purpose": "COMMON_MEASURES", "years": 1, "networkOre": 287345000,
                "partnerOre": 0}],
             "deviationReasons": {"valdres": "Forumets innspill: lang avstand til UH"},
             "conditions": {"valdres": ["Rapport om bruk av midlene innen 1. juni 2028"]},
             "reportingDeadline": "2028-06-01T21:59:59Z"}
            """;

    public static final String REPORT_EXAMPLE = """
            {"measuresCarriedOut": ["Språkløftet i barnehagen: fire samlinger og veiledning i alle barnehager"],
             "fundsUsed": {"ownerOre": 38000000, "partnerOre": 55000000, "coordinatorOre": 5000000},
             "unspentOre": 2000000,
             "accounts": [{"item": "Frikjøp", "amountOre": 10000000}, {"item": "Kurs og samlinger", "amountOre": 28000000},
                          {"item": "Høgskolen i Innlandet", "amountOre": 55000000},
                          {"item": "Koordinator", "amountOre": 5000000}],
             "assessment": {"measuresPerPlan": "Gjennomført som planlagt i behovsmeldingen",
                            "changedPractice": "Felles praksis for språkarbeid i alle barnehager",
                            "learningCommunity": "Faste refleksjonsmøter i personalgruppene",
                            "practiceOrientedTeacherEducation": "Studenter i praksis deltok i samlingene",
                            "inclusion": "Tidlig innsats for barn med språkvansker"}}
            """;

    private ApiExamples() {
    }
}
