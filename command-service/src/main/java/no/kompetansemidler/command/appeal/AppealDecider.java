package no.kompetansemidler.command.appeal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.kompetansemidler.command.decision.DecisionDecider;
import no.kompetansemidler.command.kernel.RoundBasics;
import no.kompetansemidler.command.kernel.RoundCommand;
import no.kompetansemidler.command.kernel.RoundStep;
import no.kompetansemidler.command.reallocation.ReallocateLeftoverFunds;
import no.kompetansemidler.command.reallocation.ReallocationDecider;
import no.kompetansemidler.command.reallocation.ReallocationState;
import no.kompetansemidler.command.refusal.CommandRefused;
import no.kompetansemidler.command.refusal.ExpectedVersion;
import no.kompetansemidler.command.refusal.Refusal;
import no.kompetansemidler.command.refusal.Violations;
import no.kompetansemidler.events.appeal.AppealBodyDecided;
import no.kompetansemidler.events.appeal.AppealForwarded;
import no.kompetansemidler.events.appeal.AppealLodged;
import no.kompetansemidler.events.appeal.AppealPeriodEnded;
import no.kompetansemidler.events.appeal.AppealReconsidered;
import no.kompetansemidler.events.appeal.LateAppealConsidered;
import no.kompetansemidler.events.reallocation.LeftoverFundsReallocated;
import no.kompetansemidler.events.round.RoundEvent;
import no.kompetansemidler.recorded.register.RecipientRegisterOnFile.AppealRight;

/**
 * Appeals (klage) of the round's grant letters: the decision's, a reallocation's or a tranche's, but not one that
 * gives what the appeal body decided (fvl. § 28 third paragraph). Only a recipient whose grant is an individual
 * decision may appeal: one whose grant holder is a private owner; a municipality has no right of appeal (fvl. §§ 2,
 * 28). An appeal posted, or else received, after three weeks is registered as late and considered only if the county
 * governor so decides (§§ 30–31). The county governor reconsiders it (§ 33): what is granted is given out of the
 * round's leftover funds as a reallocation with its own letter, so the allocation follows and the decision itself
 * stays as verified; what is not granted in full goes to the appeal body, whose outcome is recorded and, where it
 * grants, given out the same way. Nothing is taken from the appellant on appeal (§ 34 third paragraph).
 */
public final class AppealDecider {

    /** Appeals follow the decision. */
    public static final Map<Class<? extends RoundCommand>, Set<RoundStep>> STEPS = Map.of(
            LodgeAppeal.class, Set.of(RoundStep.DECIDED),
            ConsiderLateAppeal.class, Set.of(RoundStep.DECIDED),
            ReconsiderAppeal.class, Set.of(RoundStep.DECIDED),
            RecordAppealBodyDecision.class, Set.of(RoundStep.DECIDED));

    /** The appeal body for decisions under the regulation. */
    public static final String DIRECTORATE = "Utdanningsdirektoratet";

    private AppealDecider() {
    }

    /**
     * @param appealRight     whether the recipient's grant holder may appeal, from the county's register
     * @param today           today in Norway
     * @param byTheRecipient  whether the recipient's representative lodges it here, rather than the administrator
     *                        registering one that came by post
     */
    public static List<RoundEvent> lodge(RoundBasics round, AppealState appeals, LodgeAppeal command,
                                         AppealRight appealRight, LocalDate today, boolean byTheRecipient) {
        Violations violations = new Violations();
        violations.present("recipientId", command.recipientId());
        violations.present("grounds", command.grounds());
        // an appeal lodged here arrives today; only the administrator dates one that came earlier by post
        LocalDate receivedOn = command.receivedOn() == null ? today : command.receivedOn();
        if (byTheRecipient) {
            violations.check(receivedOn.equals(today), "receivedOn", "received-today", "an appeal lodged here is "
                    + "received today, " + today + "; the administrator registers one that came earlier by post");
            violations.check(command.postedOn() == null, "postedOn", "administrator-only", "the administrator "
                    + "registers the day an appeal that came by post was posted");
        }
        violations.check(!receivedOn.isAfter(today), "receivedOn", "not-in-future",
                "an appeal is received on or before today, " + today);
        if (command.postedOn() != null) {
            violations.check(!command.postedOn().isAfter(receivedOn), "postedOn", "posted-before-received",
                    "an appeal is posted on or before the day it was received");
        }
        violations.throwIfAny();
        AppealState.Letter letter = (command.letterReference() == null
                ? appeals.decisionLetterOf(command.recipientId())
                : appeals.letter(command.letterReference())
                        .filter(issued -> issued.recipientId().equals(command.recipientId())))
                .orElseThrow(() -> DecisionDecider.grantNotFound(round.roundId(), command.recipientId()));
        Violations dates = new Violations();
        dates.check(!receivedOn.isBefore(letter.date()), "receivedOn", "after-letter",
                "an appeal is received on or after the letter's date, " + letter.date());
        dates.throwIfAny();
        if (letter.byAppealBody()) {
            throw CommandRefused.because(Refusal.BUSINESS_RULE, "appeal-body-decision-final", letter.reference()
                    + " gives what the appeal body decided, which cannot be appealed further (fvl. § 28).");
        }
        if (appealRight == AppealRight.NOT_APPEALABLE) {
            throw CommandRefused.because(Refusal.BUSINESS_RULE, "no-right-of-appeal", command.recipientId()
                    + "'s grant is held by a municipality: a state grant to a municipality is not an individual "
                    + "decision, and a municipality has no right of appeal (fvl. §§ 2, 28).");
        }
        if (appealRight == AppealRight.UNKNOWN) {
            throw CommandRefused.because(Refusal.BUSINESS_RULE, "appeal-right-unknown", command.recipientId()
                    + " and the owner holding its grant are not in the county's register, so whether it may appeal "
                    + "is unknown; register them first.");
        }
        appeals.appealOf(letter.reference()).ifPresent(earlier -> {
            throw CommandRefused.because(Refusal.CONFLICT, "letter-appealed", letter.reference() + " was appealed in "
                    + "appeal " + earlier.lodged().appealNumber() + "; add to that case instead.",
                    Map.of("appealNumber", earlier.lodged().appealNumber()));
        });
        LocalDate lastDay = AppealPeriods.lastDay(letter.date());
        // posted by the last day is in time (fvl. § 30 first paragraph)
        LocalDate sent = command.postedOn() != null ? command.postedOn() : receivedOn;
        return List.of(new AppealLodged(round.roundId(), appeals.count() + 1, command.recipientId(),
                letter.reference(), letter.date(), lastDay, receivedOn, command.postedOn(), sent.isAfter(lastDay),
                command.grounds().strip()));
    }

    public static List<RoundEvent> considerLate(RoundBasics round, AppealState appeals, ConsiderLateAppeal command) {
        Violations violations = new Violations();
        violations.present("considered", command.considered());
        violations.present("reason", command.reason());
        violations.throwIfAny();
        AppealState.Appeal appeal = appealOf(round, appeals, command.appealNumber());
        if (appeal.stage() != AppealState.Stage.LATE) {
            throw CommandRefused.because(Refusal.CONFLICT, "not-a-late-appeal-to-consider", "Appeal "
                    + command.appealNumber() + " was " + (appeal.lodged().late() ? "already considered" :
                    "received in time") + "; only a late appeal not yet considered is.");
        }
        return List.of(new LateAppealConsidered(round.roundId(), command.appealNumber(), command.considered(),
                command.reason().strip()));
    }

    public static List<RoundEvent> reconsider(RoundBasics round, AppealState appeals,
                                              ReallocationState reallocations, ReconsiderAppeal command) {
        Violations violations = new Violations();
        violations.present("outcome", command.outcome());
        violations.present("reason", command.reason());
        if (command.outcome() != null) {
            checkGrant(command.outcome().grants(), command.grant(), violations);
            if (command.outcome().forwards()) {
                violations.present("statement", command.statement());
            } else {
                violations.check(command.statement() == null && command.appealBody() == null, "statement",
                        "forwarded-only", "a statement goes with an appeal sent to the appeal body; this one is "
                                + "granted in full");
            }
        }
        violations.throwIfAny();
        AppealState.Appeal appeal = appealOf(round, appeals, command.appealNumber());
        if (appeal.stage() == AppealState.Stage.LATE) {
            throw CommandRefused.because(Refusal.CONFLICT, "late-appeal-not-considered", "Appeal "
                    + command.appealNumber() + " was received late; decide first whether to consider it (fvl. § 31).");
        }
        if (appeal.stage() != AppealState.Stage.TO_RECONSIDER) {
            throw CommandRefused.because(Refusal.CONFLICT, "appeal-reconsidered", "Appeal " + command.appealNumber()
                    + " is " + appeal.stage().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ".");
        }
        List<RoundEvent> events = new ArrayList<>();
        List<RoundEvent> granted = command.outcome().grants()
                ? grant(round, reallocations, appeal, command.grant(), command.reason(), command.expectedVersion())
                : List.of();
        events.add(new AppealReconsidered(round.roundId(), command.appealNumber(), command.outcome(),
                command.reason().strip(), reallocationNumberOf(granted)));
        events.addAll(granted);
        if (command.outcome().forwards()) {
            events.add(new AppealForwarded(round.roundId(), command.appealNumber(),
                    command.appealBody() == null || command.appealBody().isBlank() ? DIRECTORATE
                            : command.appealBody().strip(), command.statement().strip()));
        }
        return events;
    }

    public static List<RoundEvent> recordAppealBodyDecision(RoundBasics round, AppealState appeals,
                                                            ReallocationState reallocations,
                                                            RecordAppealBodyDecision command) {
        Violations violations = new Violations();
        violations.present("outcome", command.outcome());
        violations.present("caseReference", command.caseReference());
        violations.present("reason", command.reason());
        if (command.outcome() != null) {
            checkGrant(command.outcome().grants(), command.grant(), violations);
        }
        violations.throwIfAny();
        AppealState.Appeal appeal = appealOf(round, appeals, command.appealNumber());
        if (appeal.stage() != AppealState.Stage.FORWARDED) {
            throw CommandRefused.because(Refusal.CONFLICT, "appeal-not-forwarded", "Appeal "
                    + command.appealNumber() + " is not with the appeal body"
                    + (appeal.stage() == AppealState.Stage.CLOSED ? "; its case is closed." : "."));
        }
        List<RoundEvent> granted = command.outcome().grants()
                ? grant(round, reallocations, appeal, command.grant(), command.reason(), command.expectedVersion())
                : List.of();
        List<RoundEvent> events = new ArrayList<>();
        events.add(new AppealBodyDecided(round.roundId(), command.appealNumber(), command.outcome(),
                command.caseReference().strip(), command.reason().strip(), reallocationNumberOf(granted)));
        events.addAll(granted);
        return events;
    }

    /** The decision's letters not appealed when the three weeks ran out; nothing after the period has ended. */
    public static List<RoundEvent> endPeriod(RoundBasics round, AppealState appeals) {
        if (appeals.periodEnded() || appeals.decisionLettersDate().isEmpty()) {
            return List.of();
        }
        return List.of(new AppealPeriodEnded(round.roundId(),
                AppealPeriods.lastDay(appeals.decisionLettersDate().get()), appeals.unappealedLetters()));
    }

    private static AppealState.Appeal appealOf(RoundBasics round, AppealState appeals, int appealNumber) {
        return appeals.appeal(appealNumber).orElseThrow(() -> CommandRefused.because(Refusal.NOT_FOUND,
                "appeal-not-found", round.roundId() + " has no appeal " + appealNumber + "."));
    }

    private static void checkGrant(boolean grants, AppealGrant grant, Violations violations) {
        boolean given = grant != null && grant.given();
        violations.check(grants == given, given ? "source" : "amountOre", grants ? "grant-required" : "no-grant",
                grants ? "an outcome that grants names what it gives: source, amountOre and lines"
                        : "an outcome that grants nothing gives nothing: no source, amount or lines");
    }

    /** The appellant's new grant as a reallocation of leftover funds, with its letter; lines to the appellant only. */
    private static List<RoundEvent> grant(RoundBasics round, ReallocationState reallocations,
                                          AppealState.Appeal appeal, AppealGrant grant, String reason,
                                          ExpectedVersion expectedVersion) {
        Violations violations = new Violations();
        String appellant = appeal.lodged().recipientId();
        for (int i = 0; grant.lines() != null && i < grant.lines().size(); i++) {
            violations.check(grant.lines().get(i) == null || appellant.equals(grant.lines().get(i).recipientId()),
                    "lines[" + i + "].recipientId", "appellant-only", "an appeal gives only to its appellant, "
                            + appellant);
        }
        violations.throwIfAny();
        return ReallocationDecider.reallocate(round, reallocations, new ReallocateLeftoverFunds(round.roundId(),
                grant.source(), grant.sourceReference(), grant.amountOre(), grant.lines(),
                "Klage " + appeal.lodged().appealNumber() + ": " + reason.strip(), expectedVersion));
    }

    private static Integer reallocationNumberOf(List<RoundEvent> granted) {
        return granted.stream().filter(LeftoverFundsReallocated.class::isInstance)
                .map(LeftoverFundsReallocated.class::cast).map(LeftoverFundsReallocated::reallocationNumber)
                .findFirst().orElse(null);
    }
}
