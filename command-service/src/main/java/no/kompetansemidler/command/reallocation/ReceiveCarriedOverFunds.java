package no.kompetansemidler.command.reallocation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Has the round take in what the year before carried over to it and it has not received yet; sent when a carry-over
 * is recorded or a round opens, and safe to send again (it receives each carry-over once). Internal: no endpoint, no
 * step table, nothing a client could be refused.
 */
public record ReceiveCarriedOverFunds(@TargetAggregateIdentifier String roundId) {
}
