package no.kompetansemidler.command.appeal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
import no.kompetansemidler.events.decision.GrantLetterIssued;
import no.kompetansemidler.events.decision.TrancheLetterIssued;
import no.kompetansemidler.events.round.RoundEvent;

/**
 * The appeals' own state in a round: every letter the round issued with its date, whether it can still be
 * appealed, and each appeal's stage. Plain Java, changed only by {@link #evolve}.
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
        DISMISSED;

        /** Whether the case still waits for a step. */
        public boolean open() {
            return this == TO_RECONSIDER || this == LATE || this == FORWARDED;
        }
    }

    /** One appeal as it stands. */
    public record Appeal(AppealLodged lodged, Stage stage) {
    }

    /**
     * A letter the round issued.
     *
     * @param date  its date in Norway, from which the three weeks run
     * @param byAppealBody whether it gives what the appeal body decided, which cannot be appealed further (fvl. § 28)
     */
    public record Letter(String reference, String recipientId, LocalDate date, boolean decisions, boolean byAppealBody) {
    }

    private final Map<String, Letter> letters = new TreeMap<>();
    private final Map<Integer, Appeal> appeals = new TreeMap<>();
    /** The reallocation an appeal body's decision gave, whose letter is final. */
    private Integer finalReallocation;
    private boolean periodEnded;

    /** @param at when the event was recorded; a letter is dated by it */
    public void evolve(RoundEvent event, Instant at) {
        if (event instanceof GrantLetterIssued letter) {
            boolean decisions = letter.letterReference().equals(letter.roundId() + "/" + letter.recipientId());
            boolean byAppealBody = finalReallocation != null
                    && letter.letterReference().endsWith("/reallocation-" + finalReallocation);
            letters.put(letter.letterReference(), new Letter(letter.letterReference(), letter.recipientId(),
                    dateOf(at), decisions, byAppealBody));
        } else if (event instanceof TrancheLetterIssued tranche) {
            letters.put(tranche.letterReference(), new Letter(tranche.letterReference(), tranche.recipientId(),
                    dateOf(at), false, false));
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
            finalReallocation = decided.reallocationNumber();
        } else if (event instanceof AppealPeriodEnded) {
            periodEnded = true;
        }
    }

    /** A history folded without timestamps (a test's) dates nothing. */
    private static LocalDate dateOf(Instant at) {
        return at == null ? null : at.atZone(NORWAY).toLocalDate();
    }

    private void moveTo(int appealNumber, Stage stage) {
        appeals.computeIfPresent(appealNumber, (number, appeal) -> new Appeal(appeal.lodged(), stage));
    }

    public Optional<Letter> letter(String reference) {
        return Optional.ofNullable(letters.get(reference));
    }

    /** The decision's letter to the recipient, if the decision gave it one. */
    public Optional<Letter> decisionLetterOf(String recipientId) {
        return letters.values().stream().filter(letter -> letter.decisions()
                && letter.recipientId().equals(recipientId)).findFirst();
    }

    /** The date of the decision's letters in Norway, once the decision has issued any. */
    public Optional<LocalDate> decisionLettersDate() {
        return letters.values().stream().filter(Letter::decisions).map(Letter::date).findFirst();
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

    /** The appeals whose case still waits for a step, by number. */
    public List<Integer> openAppeals() {
        return appeals.values().stream().filter(appeal -> appeal.stage().open())
                .map(appeal -> appeal.lodged().appealNumber()).toList();
    }

    /** The decision's letters nobody has appealed, in reference order. */
    public List<String> unappealedLetters() {
        return letters.values().stream().filter(Letter::decisions).map(Letter::reference)
                .filter(reference -> appealOf(reference).isEmpty()).toList();
    }

    public boolean periodEnded() {
        return periodEnded;
    }
}
