package no.kompetansemidler.events.reporting;

/** How a recipient used its grant, by who spent it. */
public record FundsUsed(long ownerOre, long partnerOre, long coordinatorOre) {

    public long totalOre() {
        return ownerOre + partnerOre + coordinatorOre;
    }
}
