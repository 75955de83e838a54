package no.kompetansemidler.command.appeal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import no.kompetansemidler.events.appeal.AppealBodyDecided;
import no.kompetansemidler.events.appeal.AppealForwarded;
import no.kompetansemidler.events.appeal.AppealLodged;
import no.kompetansemidler.events.appeal.AppealPeriodEnded;
import no.kompetansemidler.events.appeal.AppealReconsidered;
import no.kompetansemidler.events.appeal.LateAppealConsidered;
import no.kompetansemidler.events.decision.AllocationDecided;
import no.kompetansemidler.events.decision.GrantLetterIssued;
import no.kompetansemidler.events.round.RoundEvent;

/**
 * The appeals' own state in a round: the decision's letters and their date, and each appeal's stage. Plain Java,
 * changed only by {@link #evolve}.
 */
public final class AppealState {

    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    /** Where an appeal's case stands. */
    public enum Stage {
        /** Received in time, or late and to be considered: the county governor reconsiders it. */
        TO_RECONSIDER,
        /** Received late: the county governor first decides whether to consider it (fvl. § 31). */
        LATE,
        /** Sent to the appeal body, which has not decided yet. */
        FORWARDED,
        /** Granted in full by the county governor, or decided by the appeal body. */
        CLOSED,
        /** Received late and not considered (fvl. § 31): dismissed (avvist). */
        DISMISSED
    }

    /** One appeal as it stands. */
    public record Appeal(AppealLodged lodged, Stage stage) {
    }

    private LocalDate letterDate;
    /** The decision's letter references by recipient. */
    private final Map<String, String> decisionLetters = new TreeMap<>();
    private final Map<Integer, Appeal> appeals = new TreeMap<>();
    private boolean periodEnded;

    /** @param at when the event was recorded; the decision's letters are dated by it */
    public void evolve(RoundEvent event, Instant at) {
        if (event instanceof AllocationDecided && at != null) {
            letterDate = at.atZone(NORWAY).toLocalDate();
        } else if (event instanceof GrantLetterIssued letter
                && letter.letterReference().equals(letter.roundId() + "/" + letter.recipientId())) {
            decisionLetters.put(letter.recipientId(), letter.letterReference());
        } else if (event instanceof AppealLodged lodged) {
            appeals.put(lodged.appealNumber(), new Appeal(lodged, lodged.late() ? Stage.LATE : Stage.TO_RECONSIDER));
        } else if (event instanceof LateAppealConsidered considered) {
            moveTo(considered.appealNumber(), considered.considered() ? Stage.TO_RECONSIDER : Stage.DISMISSED);
        } else if (event instanceof AppealReconsidered reconsidered) {
            moveTo(reconsidered.appealNumber(), reconsidered.outcome().forwards() ? Stage.TO_RECONSIDER
                    : Stage.CLOSED);
        } else if (event instanceof AppealForwarded forwarded) {
            moveTo(forwarded.appealNumber(), Stage.FORWARDED);
        } else if (event instanceof AppealBodyDecided decided) {
            moveTo(decided.appealNumber(), Stage.CLOSED);
        } else if (event instanceof AppealPeriodEnded) {
            periodEnded = true;
        }
    }

    private void moveTo(int appealNumber, Stage stage) {
        appeals.computeIfPresent(appealNumber, (number, appeal) -> new Appeal(appeal.lodged(), stage));
    }

    /** The date of the decision's letters in Norway, once the decision is recorded. */
    public Optional<LocalDate> letterDate() {
        return Optional.ofNullable(letterDate);
    }

    public Optional<String> decisionLetterOf(String recipientId) {
        return Optional.ofNullable(decisionLetters.get(recipientId));
    }

    public Optional<Appeal> appeal(int appealNumber) {
        return Optional.ofNullable(appeals.get(appealNumber));
    }

    public int count() {
        return appeals.size();
    }

    /** The letter's appeal, if any: a letter is appealed once, and a second appeal adds to the first's case. */
    public Optional<Appeal> appealOf(String letterReference) {
        return appeals.values().stream().filter(appeal -> appeal.lodged().letterReference().equals(letterReference))
                .findFirst();
    }

    /** The decision's letters nobody has appealed, in reference order. */
    public List<String> unappealedLetters() {
        List<String> letters = new ArrayList<>();
        decisionLetters.values().stream().sorted().filter(reference -> appealOf(reference).isEmpty())
                .forEach(letters::add);
        return letters;
    }

    public boolean periodEnded() {
        return periodEnded;
    }
}
