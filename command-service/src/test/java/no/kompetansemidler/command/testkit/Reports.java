package no.kompetansemidler.command.testkit;

/** Report request bodies as a recipient's frontend sends them: the use of a grant, accounted for in full. */
public final class Reports {

    private Reports() {
    }

    /** The body of {@code POST /rounds/{id}/reports/{recipient}}: used plus unspent is the grant. */
    public static String onUse(long usedOre, long unspentOre) {
        return """
                {"measuresCarriedOut": ["Lesing i alle fag"],
                 "fundsUsed": {"ownerOre": %d, "partnerOre": 0, "coordinatorOre": 0}, "unspentOre": %d,
                 "accounts": [{"item": "Kurs og frikjøp", "amountOre": %d}],
                 "assessment": {"measuresPerPlan": "Som planlagt", "changedPractice": "Ja",
                   "learningCommunity": "Styrket", "practiceOrientedTeacherEducation": "Studenter i praksis",
                   "inclusion": "Tilpasset opplæring"}}""".formatted(usedOre, unspentOre, usedOre);
    }
}
