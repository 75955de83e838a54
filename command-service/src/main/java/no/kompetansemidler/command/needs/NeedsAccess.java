package no.kompetansemidler.command.needs;

import no.kompetansemidler.access.Actor;
import no.kompetansemidler.access.Role;
import no.kompetansemidler.command.access.CommandAccess;
import no.kompetansemidler.command.access.CommandAccess.Permission;
import no.kompetansemidler.command.refusal.CommandRefused;
import no.kompetansemidler.command.refusal.Refusal;

/**
 * Who may issue the needs commands: the administrator any of them except co-signing; a network representative
 * submits for their own network and amends, withdraws and adjusts only their own network's reports; a university
 * partner only co-signs the reports of the partnerships it belongs to. Another network's report is answered exactly
 * as one that does not exist. The template, extensions and adjustment requests are the administrator's
 * ({@link CommandAccess#administrator}).
 */
public final class NeedsAccess {

    private NeedsAccess() {
    }

    public static Permission submit(SubmitNeedsReport command) {
        return CommandAccess.administratorOrNetworkRepresentative(command, actor -> {
            if (!actor.speaksFor(command.networkId())) {
                throw CommandRefused.because(Refusal.FORBIDDEN, "not-your-network",
                        "You speak for " + actor.networks() + ", not " + command.networkId() + ".");
            }
        });
    }

    /** Amending, withdrawing or adjusting a report: the administrator, or the representative of its network. */
    public static Permission ownReport(String roundId, NeedsState needs, NeedsReportCommand command) {
        return CommandAccess.administratorOrNetworkRepresentative(command,
                actor -> requireOwnReport(actor, roundId, needs, command.reportId()));
    }

    public static Permission coSign(String roundId, NeedsState needs, CoSignNeedsReport command) {
        return actor -> {
            if (!actor.is(Role.UNIVERSITY_PARTNER)) {
                throw CommandRefused.because(Refusal.FORBIDDEN, "forbidden",
                        "Only a university or college partner of the partnership co-signs its needs report.");
            }
            requireOwnReport(actor, roundId, needs, command.reportId());
        };
    }

    private static void requireOwnReport(Actor actor, String roundId, NeedsState needs, String reportId) {
        needs.report(reportId).filter(report -> !actor.speaksFor(report.networkId())).ifPresent(report -> {
            throw NeedsDecider.reportNotFound(roundId, reportId);
        });
    }
}
