package no.kompetansemidler.command.refusal;

/** A command on an existing aggregate that may carry the version its client last saw (HTTP If-Match). */
public interface VersionedCommand {

    ExpectedVersion expectedVersion();
}
