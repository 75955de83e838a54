package no.kompetansemidler.command.needs;

import no.kompetansemidler.command.kernel.RoundCommand;

/** A command on one needs report that a network has filed. */
public interface NeedsReportCommand extends RoundCommand {

    String reportId();
}
