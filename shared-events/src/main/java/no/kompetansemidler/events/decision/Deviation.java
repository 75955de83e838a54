package no.kompetansemidler.events.decision;

/** A recipient decided a different total than the last proposal gave it, and why. */
public record Deviation(String recipientId, long proposedOre, long decidedOre, String reason) {
}
