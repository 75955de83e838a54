package no.kompetansemidler.command.register;

import no.kompetansemidler.command.kernel.County;
import no.kompetansemidler.command.refusal.VersionedCommand;

/** A command on a county's register: the register it goes to and the county whose administrator may give it. */
public interface RegisterCommand extends VersionedCommand {

    String registerId();

    County county();
}
