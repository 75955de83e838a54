package no.kompetansemidler.events.reporting;

/** One line of a report's simple, unaudited accounts ("enkelt regnskap"). */
public record AccountLine(String item, long amountOre) {
}
