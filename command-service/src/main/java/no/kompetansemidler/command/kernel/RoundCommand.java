package no.kompetansemidler.command.kernel;

import no.kompetansemidler.command.refusal.VersionedCommand;

/** A command on an existing round; it may carry the round version its client last saw (HTTP If-Match). */
public interface RoundCommand extends VersionedCommand {

    String roundId();
}
