package no.kompetansemidler.events.needs;

/**
 * One competence-development measure ("tiltak") and its yearly budget, split as the regulation asks.
 *
 * @param durationYears  how many budget years it runs, 1–4
 * @param ownerOre       a year's funds for the owners' own work
 * @param partnerOre     a year's funds for the university/college or other expertise partner
 * @param coordinatorOre a year's funds for a coordinator function ("koordinatorfunksjon")
 * @param releaseTimeOre a year's funds to buy staff time ("frikjøp")
 */
public record Measure(String title, int durationYears, long ownerOre, long partnerOre, long coordinatorOre,
                      long releaseTimeOre) {

    /** What the owners' side asks for a year: own work, coordinator and release time. */
    public long networkOre() {
        return ownerOre + coordinatorOre + releaseTimeOre;
    }

    public long yearlyOre() {
        return networkOre() + partnerOre;
    }
}
