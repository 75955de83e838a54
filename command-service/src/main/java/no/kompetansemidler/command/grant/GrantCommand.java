package no.kompetansemidler.command.grant;

import no.kompetansemidler.command.refusal.ExpectedVersion;
import no.kompetansemidler.command.refusal.VersionedCommand;

/** A command an administrator sends to a grant over HTTP: payments and repayment claims. */
public interface GrantCommand extends VersionedCommand {

    /** {@code <roundId>/<recipientId>}: the awarding round's letter reference. */
    String grantId();

    /** The grant's version the client last saw (If-Match), or any. */
    @Override
    ExpectedVersion expectedVersion();
}
