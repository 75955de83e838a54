package no.kompetansemidler.command.access;

import java.util.Optional;

import no.kompetansemidler.access.Actor;
import no.kompetansemidler.access.Role;
import no.kompetansemidler.command.decision.DecisionDecider;
import no.kompetansemidler.command.needs.AmendNeedsReport;
import no.kompetansemidler.command.needs.CoSignNeedsReport;
import no.kompetansemidler.command.needs.NeedsDecider;
import no.kompetansemidler.command.needs.SubmitAdjustedNeeds;
import no.kompetansemidler.command.needs.SubmitNeedsReport;
import no.kompetansemidler.command.needs.WithdrawNeedsReport;
import no.kompetansemidler.command.refusal.CommandRefused;
import no.kompetansemidler.command.refusal.Refusal;
import no.kompetansemidler.command.reporting.SubmitReport;
import no.kompetansemidler.command.round.County;
import no.kompetansemidler.command.round.RoundCommand;
import no.kompetansemidler.command.round.RoundState;

/**
 * Who may issue which command, on top of the role check at the HTTP edge: an administrator anything in their own
 * county; a network representative only their own network's needs reports and reports; a university partner only
 * co-signs the needs reports of the partnerships it belongs to. Something outside the
 * actor's scope that a URL names is answered as if it did not exist (404), so ids reveal nothing; a request body
 * naming another county or network is 403.
 */
public final class CommandAccess {

    private CommandAccess() {
    }

    /** Opening a round or recording a plan: the county's administrator; another county is 403. */
    public static void requireAdministratorOf(Optional<Actor> actor, County county) {
        Actor known = known(actor);
        if (!known.is(Role.ADMINISTRATOR) || !known.covers(county.slug())) {
            throw CommandRefused.because(Refusal.FORBIDDEN, "forbidden",
                    "Only " + county.officialName() + "'s administrators may do this.");
        }
    }

    public static void check(Optional<Actor> actor, RoundCommand command, RoundState round) {
        Actor known = known(actor);
        if (!known.covers(County.find(round.county()).map(County::slug).orElse(""))) {
            throw CommandRefused.doesNotExist(command.roundId());
        }
        if (command instanceof CoSignNeedsReport coSign) {
            if (!known.is(Role.UNIVERSITY_PARTNER)) {
                throw CommandRefused.because(Refusal.FORBIDDEN, "forbidden",
                        "Only a university or college partner of the partnership co-signs its needs report.");
            }
            requireOwnReport(known, round, coSign.reportId());
            return;
        }
        if (known.is(Role.ADMINISTRATOR)) {
            return;
        }
        if (known.is(Role.NETWORK_REPRESENTATIVE)) {
            if (command instanceof SubmitNeedsReport submit) {
                if (!known.speaksFor(submit.networkId())) {
                    throw CommandRefused.because(Refusal.FORBIDDEN, "not-your-network",
                            "You speak for " + known.networks() + ", not " + submit.networkId() + ".");
                }
                return;
            }
            Optional<String> reportId = needsReportOf(command);
            if (reportId.isPresent()) {
                requireOwnReport(known, round, reportId.get());
                return;
            }
            if (command instanceof SubmitReport report) {
                if (!known.speaksFor(report.recipientId())) {
                    throw DecisionDecider.grantNotFound(round, report.recipientId());
                }
                return;
            }
        }
        throw CommandRefused.because(Refusal.FORBIDDEN, "forbidden", "Your role ("
                + known.role().claim() + ") may not issue " + command.getClass().getSimpleName() + ".");
    }

    /** Another network's needs report is answered exactly as one that does not exist. */
    private static void requireOwnReport(Actor actor, RoundState round, String reportId) {
        round.needsReport(reportId).filter(report -> !actor.speaksFor(report.networkId())).ifPresent(report -> {
            throw NeedsDecider.reportNotFound(round, reportId);
        });
    }

    private static Optional<String> needsReportOf(RoundCommand command) {
        if (command instanceof AmendNeedsReport amend) {
            return Optional.of(amend.reportId());
        }
        if (command instanceof WithdrawNeedsReport withdraw) {
            return Optional.of(withdraw.reportId());
        }
        if (command instanceof SubmitAdjustedNeeds adjusted) {
            return Optional.of(adjusted.reportId());
        }
        return Optional.empty();
    }

    private static Actor known(Optional<Actor> actor) {
        return actor.orElseThrow(() -> CommandRefused.because(Refusal.FORBIDDEN, "no-actor",
                "A command must come from an authenticated actor."));
    }
}
