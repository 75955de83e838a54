package no.kompetansemidler.command.calendar;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import no.kompetansemidler.command.kernel.RoundBasics;
import no.kompetansemidler.command.kernel.RoundCommand;
import no.kompetansemidler.command.kernel.RoundStep;
import no.kompetansemidler.command.refusal.CommandRefused;
import no.kompetansemidler.command.refusal.Refusal;
import no.kompetansemidler.command.refusal.Violations;
import no.kompetansemidler.events.calendar.CalendarStep;
import no.kompetansemidler.events.calendar.CalendarStepMoved;
import no.kompetansemidler.events.round.RoundEvent;
import no.kompetansemidler.recorded.calendar.RoundCalendarOnFile;
import no.kompetansemidler.recorded.calendar.RoundCalendarOnFile.Step;

/** The rules of the round's calendar: which steps can be moved, to when, and that a move says why. */
public final class CalendarDecider {

    /** A step can be moved until the round closes. */
    public static final Map<Class<? extends RoundCommand>, Set<RoundStep>> STEPS = Map.of(
            MoveCalendarStep.class, EnumSet.complementOf(EnumSet.of(RoundStep.CLOSED)));

    private CalendarDecider() {
    }

    public static List<RoundEvent> move(RoundBasics round, RoundCalendarOnFile calendar, MoveCalendarStep command) {
        Violations violations = new Violations();
        Optional<CalendarStep> step = Optional.empty();
        if (violations.present("step", command.step())) {
            step = CalendarStep.byDocumentName(command.step()).filter(named -> !named.repeats());
            violations.check(step.isPresent(), "step", "known-step", "one of " + Arrays.stream(CalendarStep.values())
                    .filter(named -> !named.repeats()).map(CalendarStep::documentName).toList()
                    + " (the forum's regular meetings are the forum's to move)");
        }
        if (violations.present("toOn", command.toOn())) {
            violations.check(!command.toOn().isBefore(LocalDate.of(round.budgetYear() - 1, 1, 1))
                            && !command.toOn().isAfter(LocalDate.of(round.budgetYear() + 1, 12, 31)), "toOn",
                    "in-the-rounds-years", "a day from the year before the budget year to the year after it");
        }
        violations.present("reason", command.reason());
        violations.throwIfAny();
        CalendarStep named = step.orElseThrow();
        Step current = calendar.step(named).orElseThrow(() -> CommandRefused.because(Refusal.BUSINESS_RULE,
                "step-not-in-calendar", round.planName() + "'s calendar gives " + named.documentName()
                        + " no date in " + round.roundId() + "; there is nothing to move."));
        if (current.doneOn() != null) {
            throw CommandRefused.because(Refusal.CONFLICT, "step-done", named.documentName() + " was done on "
                    + current.doneOn() + "; a step done stays on the day it was due.");
        }
        if (current.due().equals(command.toOn())) {
            throw CommandRefused.because(Refusal.CONFLICT, "already-on-that-day", named.documentName()
                    + " is already due " + current.due() + ".");
        }
        return List.of(new CalendarStepMoved(round.roundId(), named, current.due(), command.toOn(),
                command.reason().strip()));
    }
}
