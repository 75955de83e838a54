package no.kompetansemidler.command.web;

import no.kompetansemidler.command.refusal.ExpectedVersion;

/**
 * The two headers every workflow command may carry: {@code Command-Id} makes a retry safe, {@code If-Match} makes
 * the command apply only to the version of the round the client last saw.
 *
 * @param commandId       the client's command id, or {@code null}
 * @param expectedVersion from {@code If-Match}; {@link ExpectedVersion#ANY} when absent
 */
public record CommandHeaders(String commandId, ExpectedVersion expectedVersion) {
}
