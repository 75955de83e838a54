package no.kompetansemidler.recorded;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import no.kompetansemidler.events.appeal.AppealBodyDecided;
import no.kompetansemidler.events.appeal.AppealForwarded;
import no.kompetansemidler.events.appeal.AppealLodged;
import no.kompetansemidler.events.appeal.AppealPeriodEnded;
import no.kompetansemidler.events.appeal.AppealReconsidered;
import no.kompetansemidler.events.appeal.LateAppealConsidered;
import no.kompetansemidler.events.decision.GrantLetterIssued;
import no.kompetansemidler.events.reallocation.LeftoverFundsReallocated;
import no.kompetansemidler.events.round.RoundEvent;

/**
 * A round's appeals as its events leave them: each appeal's steps, and what an outcome gave the appellant (the
 * reallocation it names, with its letter). The one fold of appeals for the verification, the views and the reports.
 */
public final class AppealsOnFile {

    /**
     * One appeal as it stands; a step not taken is {@code null}.
     *
     * @param grants what the county governor's reconsideration and the appeal body's decision gave, in that order
     */
    public record Appeal(AppealLodged lodged, LateAppealConsidered lateConsideration,
                         AppealReconsidered reconsideration, AppealForwarded forwarding,
                         AppealBodyDecided appealBodyDecision, List<GrantOnAppeal> grants) {

        public Appeal {
            grants = List.copyOf(grants);
        }

        /** Where the case stands, in words an auditor reads: LODGED, LATE, DISMISSED, FORWARDED or DECIDED. */
        public String stage() {
            if (appealBodyDecision != null || reconsideration != null && !reconsideration.outcome().forwards()) {
                return "DECIDED";
            }
            if (forwarding != null) {
                return "FORWARDED";
            }
            if (lateConsideration != null && !lateConsideration.considered()) {
                return "DISMISSED";
            }
            return lodged.late() && lateConsideration == null ? "LATE" : "LODGED";
        }

        private Appeal with(LateAppealConsidered considered, AppealReconsidered reconsidered,
                            AppealForwarded forwarded, AppealBodyDecided decided, GrantOnAppeal grant) {
            List<GrantOnAppeal> all = new ArrayList<>(grants);
            if (grant != null) {
                all.add(grant);
            }
            return new Appeal(lodged, considered != null ? considered : lateConsideration,
                    reconsidered != null ? reconsidered : reconsideration, forwarded != null ? forwarded : forwarding,
                    decided != null ? decided : appealBodyDecision, all);
        }
    }

    /**
     * What an appeal's outcome gave: a reallocation of leftover funds and its letter.
     *
     * @param decidedBy      {@code COUNTY_GOVERNOR} on reconsideration, {@code APPEAL_BODY} on appeal
     * @param recipients     the recipients of the reallocation's lines, in line order; the appellant alone when
     *                       recorded as it should be
     * @param letterReference the reallocation's letter to the appellant; {@code null} if none is recorded
     */
    public record GrantOnAppeal(String decidedBy, int reallocationNumber, long amountOre, List<String> recipients,
                                String letterReference) {

        public GrantOnAppeal {
            recipients = List.copyOf(recipients);
        }
    }

    public static final String COUNTY_GOVERNOR = "COUNTY_GOVERNOR";
    public static final String APPEAL_BODY = "APPEAL_BODY";

    private final Map<Integer, Appeal> appeals = new TreeMap<>();
    private final Map<Integer, LeftoverFundsReallocated> reallocations = new TreeMap<>();
    /** Which appeal, and who on it, named a reallocation whose letter has not been folded yet. */
    private final Map<Integer, Named> pending = new TreeMap<>();
    private AppealPeriodEnded periodEnded;

    public void apply(RoundEvent event) {
        if (event instanceof AppealLodged lodged) {
            appeals.put(lodged.appealNumber(), new Appeal(lodged, null, null, null, null, List.of()));
        } else if (event instanceof LateAppealConsidered considered) {
            update(considered.appealNumber(), appeal -> appeal.with(considered, null, null, null, null));
        } else if (event instanceof AppealReconsidered reconsidered) {
            update(reconsidered.appealNumber(), appeal -> appeal.with(null, reconsidered, null, null, null));
            remember(reconsidered.reallocationNumber(), reconsidered.appealNumber(), COUNTY_GOVERNOR);
        } else if (event instanceof AppealForwarded forwarded) {
            update(forwarded.appealNumber(), appeal -> appeal.with(null, null, forwarded, null, null));
        } else if (event instanceof AppealBodyDecided decided) {
            update(decided.appealNumber(), appeal -> appeal.with(null, null, null, decided, null));
            remember(decided.reallocationNumber(), decided.appealNumber(), APPEAL_BODY);
        } else if (event instanceof LeftoverFundsReallocated reallocated) {
            reallocations.put(reallocated.reallocationNumber(), reallocated);
        } else if (event instanceof GrantLetterIssued letter) {
            settle(letter);
        } else if (event instanceof AppealPeriodEnded ended) {
            periodEnded = ended;
        }
    }

    private record Named(int appealNumber, String decidedBy) {
    }

    private void remember(Integer reallocationNumber, int appealNumber, String decidedBy) {
        if (reallocationNumber != null) {
            pending.put(reallocationNumber, new Named(appealNumber, decidedBy));
        }
    }

    /** A reallocation's letter completes the grant the appeal named; a reallocation without appeal is left be. */
    private void settle(GrantLetterIssued letter) {
        pending.entrySet().removeIf(named -> {
            LeftoverFundsReallocated reallocated = reallocations.get(named.getKey());
            if (reallocated == null || !letter.letterReference().endsWith("/reallocation-" + named.getKey())) {
                return false;
            }
            update(named.getValue().appealNumber(), appeal -> appeal.with(null, null, null, null, new GrantOnAppeal(
                    named.getValue().decidedBy(), named.getKey(),
                    reallocated.amountOre(), reallocated.lines().stream().map(line -> line.recipientId())
                    .distinct().toList(), letter.letterReference())));
            return true;
        });
    }

    private void update(int appealNumber, UnaryOperator<Appeal> change) {
        appeals.computeIfPresent(appealNumber, (number, appeal) -> change.apply(appeal));
    }

    /** Every appeal in number order. */
    public List<Appeal> appeals() {
        return List.copyOf(appeals.values());
    }

    /**
     * The reallocations an appeal named whose letter is not (yet) recorded, by reallocation number and the appeal's
     * number; an auditor's finding once the history is complete.
     */
    public Map<Integer, Integer> grantsWithoutLetter() {
        Map<Integer, Integer> missing = new TreeMap<>();
        pending.forEach((reallocation, named) -> missing.put(reallocation, named.appealNumber()));
        return missing;
    }

    public Optional<AppealPeriodEnded> periodEnded() {
        return Optional.ofNullable(periodEnded);
    }
}
