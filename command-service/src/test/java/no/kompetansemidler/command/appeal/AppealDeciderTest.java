package no.kompetansemidler.command.appeal;

import static no.kompetansemidler.command.testkit.Decide.givenAt;
import static no.kompetansemidler.command.testkit.Decide.refused;
import static no.kompetansemidler.command.testkit.RoundScenario.ANY;
import static no.kompetansemidler.command.testkit.RoundScenario.BERGEN;
import static no.kompetansemidler.command.testkit.RoundScenario.DECISION;
import static no.kompetansemidler.command.testkit.RoundScenario.ROUND;
import static no.kompetansemidler.command.testkit.RoundScenario.SUNNFJORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import no.kompetansemidler.command.refusal.CommandRefused;
import no.kompetansemidler.command.refusal.Refusal;
import no.kompetansemidler.command.round.RoundDecider;
import no.kompetansemidler.command.round.RoundState;
import no.kompetansemidler.events.appeal.AppealBodyDecided;
import no.kompetansemidler.events.appeal.AppealBodyOutcome;
import no.kompetansemidler.events.appeal.AppealForwarded;
import no.kompetansemidler.events.appeal.AppealLodged;
import no.kompetansemidler.events.appeal.AppealPeriodEnded;
import no.kompetansemidler.events.appeal.AppealReconsidered;
import no.kompetansemidler.events.appeal.LateAppealConsidered;
import no.kompetansemidler.events.appeal.ReconsiderationOutcome;
import no.kompetansemidler.events.decision.GrantLetterIssued;
import no.kompetansemidler.events.proposal.AllocationLine;
import no.kompetansemidler.events.reallocation.FundsDrawn;
import no.kompetansemidler.events.reallocation.FundsSource;
import no.kompetansemidler.events.reallocation.LeftoverFundsReallocated;
import no.kompetansemidler.events.round.RoundEvent;
import no.kompetansemidler.recorded.register.RecipientRegisterOnFile.AppealRight;
import org.junit.jupiter.api.Test;

/** Appeals as plain Java: given the decided round, when an appeal's step, then its events or a refusal. */
class AppealDeciderTest {

    /** The decision was recorded on 15 March 2027 in Norway, so the last day to appeal is Monday 5 April. */
    private static final Instant DECIDED_AT = Instant.parse("2027-03-15T09:00:00Z");
    private static final LocalDate LETTER_DATE = LocalDate.of(2027, 3, 15);
    private static final LocalDate LAST_DAY = LocalDate.of(2027, 4, 5);
    private static final AppealLodged IN_TIME = new AppealLodged(ROUND, 1, SUNNFJORD, ROUND + "/" + SUNNFJORD,
            LETTER_DATE, LAST_DAY, LocalDate.of(2027, 3, 30), null, false, "Frikjøp er ikke dekket");
    private static final AppealLodged LATE = new AppealLodged(ROUND, 1, SUNNFJORD, ROUND + "/" + SUNNFJORD,
            LETTER_DATE, LAST_DAY, LocalDate.of(2027, 4, 12), null, true, "Frikjøp er ikke dekket");
    private static final AllocationLine MORE_FOR_SUNNFJORD = new AllocationLine(SUNNFJORD, "NEEDS_REPORT",
            "sunnfjord-1", null, 1, 40_000L, 0L);

    @Test
    void a_private_recipient_appeals_in_time_and_the_last_day_follows_the_letter() {
        RoundState round = decided();

        assertThat(lodge(round, new LodgeAppeal(ROUND, SUNNFJORD, null, null, null, " Frikjøp er ikke dekket ", ANY),
                AppealRight.APPEALABLE, LocalDate.of(2027, 3, 30), true)).containsExactly(IN_TIME);
    }

    @Test
    void an_appeal_after_the_last_day_is_registered_as_late_unless_it_was_posted_by_then() {
        RoundState round = decided();

        assertThat(lodge(round, new LodgeAppeal(ROUND, SUNNFJORD, null, null, null, "Frikjøp er ikke dekket", ANY),
                AppealRight.APPEALABLE, LocalDate.of(2027, 4, 12), true)).containsExactly(LATE);
        // the administrator registers one that came by post, posted on the last day: in time (fvl. § 30)
        assertThat(lodge(round, new LodgeAppeal(ROUND, SUNNFJORD, null, LocalDate.of(2027, 4, 8),
                LocalDate.of(2027, 4, 5), "Frikjøp er ikke dekket", ANY), AppealRight.APPEALABLE,
                LocalDate.of(2027, 4, 12), false)).singleElement().satisfies(event -> {
                    AppealLodged lodged = (AppealLodged) event;
                    assertThat(lodged.late()).isFalse();
                    assertThat(lodged.receivedOn()).isEqualTo(LocalDate.of(2027, 4, 8));
                    assertThat(lodged.postedOn()).isEqualTo(LocalDate.of(2027, 4, 5));
                });
    }

    @Test
    void the_recipient_lodging_it_here_cannot_date_it_back_only_the_administrator_registering_a_posted_one_can() {
        RoundState round = decided();
        refused(() -> lodge(round, new LodgeAppeal(ROUND, SUNNFJORD, null, LocalDate.of(2027, 3, 16), null, "x", ANY),
                AppealRight.APPEALABLE, LocalDate.of(2027, 4, 20), true), "invalid-input", "receivedOn");
        refused(() -> lodge(round, new LodgeAppeal(ROUND, SUNNFJORD, null, null, LocalDate.of(2027, 3, 16), "x", ANY),
                AppealRight.APPEALABLE, LocalDate.of(2027, 4, 20), true), "invalid-input", "postedOn");
        refused(() -> lodge(round, new LodgeAppeal(ROUND, SUNNFJORD, null, LocalDate.of(2027, 3, 20),
                LocalDate.of(2027, 3, 21), "x", ANY), AppealRight.APPEALABLE, LocalDate.of(2027, 4, 20), false),
                "invalid-input", "postedOn");
    }

    @Test
    void a_municipality_or_a_recipient_not_in_the_register_cannot_appeal() {
        RoundState round = decided();
        LodgeAppeal appeal = new LodgeAppeal(ROUND, BERGEN, null, null, null, "For lite", ANY);

        CommandRefused municipal = refused(() -> lodge(round, appeal, AppealRight.NOT_APPEALABLE,
                LocalDate.of(2027, 3, 20), true), "no-right-of-appeal");
        assertThat(municipal.refusal()).isEqualTo(Refusal.BUSINESS_RULE);
        refused(() -> lodge(round, appeal, AppealRight.UNKNOWN, LocalDate.of(2027, 3, 20), true),
                "appeal-right-unknown");
    }

    @Test
    void an_appeal_names_a_letter_its_grounds_and_a_day_not_in_the_future_and_a_letter_is_appealed_once() {
        RoundState round = decided();
        refused(() -> lodge(round, new LodgeAppeal(ROUND, SUNNFJORD, null, LocalDate.of(2027, 3, 21), null, " ", ANY),
                AppealRight.APPEALABLE, LocalDate.of(2027, 3, 20), false), "invalid-input", "receivedOn", "grounds");
        refused(() -> lodge(round, new LodgeAppeal(ROUND, SUNNFJORD, null, LocalDate.of(2027, 3, 14), null, "x", ANY),
                AppealRight.APPEALABLE, LocalDate.of(2027, 3, 20), false), "invalid-input", "receivedOn");
        refused(() -> lodge(round, new LodgeAppeal(ROUND, "voss", null, null, null, "x", ANY),
                AppealRight.APPEALABLE, LocalDate.of(2027, 3, 20), true), "grant-not-found");
        // another recipient's letter is not this one's to appeal
        refused(() -> lodge(round, new LodgeAppeal(ROUND, SUNNFJORD, ROUND + "/" + BERGEN, null, null, "x", ANY),
                AppealRight.APPEALABLE, LocalDate.of(2027, 3, 20), true), "grant-not-found");

        RoundState appealed = decided(IN_TIME);
        assertThat(refused(() -> lodge(appealed, new LodgeAppeal(ROUND, SUNNFJORD, null, null, null, "Mer", ANY),
                AppealRight.APPEALABLE, LocalDate.of(2027, 3, 31), true), "letter-appealed").refusal())
                .isEqualTo(Refusal.CONFLICT);
    }

    @Test
    void a_letter_of_leftover_funds_can_be_appealed_but_not_one_giving_what_the_appeal_body_decided() {
        GrantLetterIssued reallocated = new GrantLetterIssued(ROUND, SUNNFJORD, ROUND + "/" + SUNNFJORD
                + "/reallocation-1", 40_000L, List.of(MORE_FOR_SUNNFJORD), List.of());
        RoundState round = decided(reallocated);
        assertThat(lodge(round, new LodgeAppeal(ROUND, SUNNFJORD, ROUND + "/" + SUNNFJORD + "/reallocation-1", null,
                null, "For lite", ANY), AppealRight.APPEALABLE, LocalDate.of(2027, 3, 20), true))
                .singleElement().extracting(event -> ((AppealLodged) event).letterReference())
                .isEqualTo(ROUND + "/" + SUNNFJORD + "/reallocation-1");

        RoundState decidedOnAppeal = decided(IN_TIME, new AppealReconsidered(ROUND, 1,
                ReconsiderationOutcome.NOT_GRANTED, "Ikke medhold", null), new AppealForwarded(ROUND, 1,
                AppealDecider.DIRECTORATE, "Uttalelse"), new AppealBodyDecided(ROUND, 1, AppealBodyOutcome.GRANTED,
                "2027/4411", "Medhold", 1), reallocated);
        refused(() -> lodge(decidedOnAppeal, new LodgeAppeal(ROUND, SUNNFJORD, ROUND + "/" + SUNNFJORD
                + "/reallocation-1", null, null, "Igjen", ANY), AppealRight.APPEALABLE, LocalDate.of(2027, 4, 20),
                true), "appeal-body-decision-final");
    }

    @Test
    void a_round_with_an_appeal_still_open_does_not_close() {
        RoundState round = decided(IN_TIME);
        assertThat(refused(() -> RoundDecider.close(round), "appeals-open").refusal()).isEqualTo(Refusal.CONFLICT);
    }

    private static List<RoundEvent> lodge(RoundState round, LodgeAppeal command, AppealRight right, LocalDate today,
                                          boolean byTheRecipient) {
        return AppealDecider.lodge(round.basics(), round.appeals(), command, right, today, byTheRecipient);
    }

    @Test
    void a_late_appeal_is_considered_or_dismissed_before_anything_else() {
        RoundState late = decided(LATE);
        refused(() -> AppealDecider.reconsider(late.basics(), late.appeals(), late.reallocation(),
                notGranted(1)), "late-appeal-not-considered");

        assertThat(AppealDecider.considerLate(late.basics(), late.appeals(), new ConsiderLateAppeal(ROUND, 1, false,
                "Ingen grunn til å se bort fra fristen", ANY))).containsExactly(new LateAppealConsidered(ROUND, 1,
                false, "Ingen grunn til å se bort fra fristen"));
        RoundState dismissed = decided(LATE, new LateAppealConsidered(ROUND, 1, false, "Ingen grunn"));
        refused(() -> AppealDecider.reconsider(dismissed.basics(), dismissed.appeals(), dismissed.reallocation(),
                notGranted(1)), "appeal-reconsidered");
        refused(() -> AppealDecider.considerLate(dismissed.basics(), dismissed.appeals(), new ConsiderLateAppeal(
                ROUND, 1, true, "Likevel", ANY)), "not-a-late-appeal-to-consider");

        RoundState considered = decided(LATE, new LateAppealConsidered(ROUND, 1, true, "Brevet kom fram sent"));
        assertThat(AppealDecider.reconsider(considered.basics(), considered.appeals(), considered.reallocation(),
                notGranted(1))).hasSize(2);
        RoundState inTime = decided(IN_TIME);
        refused(() -> AppealDecider.considerLate(inTime.basics(), inTime.appeals(), new ConsiderLateAppeal(ROUND, 1,
                true, "x", ANY)), "not-a-late-appeal-to-consider");
    }

    @Test
    void partly_granted_gives_the_appellant_leftover_funds_with_a_new_letter_and_forwards_the_rest() {
        RoundState round = decided(IN_TIME);

        List<RoundEvent> events = AppealDecider.reconsider(round.basics(), round.appeals(), round.reallocation(),
                new ReconsiderAppeal(ROUND, 1, ReconsiderationOutcome.PARTLY_GRANTED, "Frikjøp for én skole",
                        new AppealGrant(FundsSource.UNALLOCATED_REMAINDER, null, 40_000L, List.of(MORE_FOR_SUNNFJORD)),
                        null, "Resten av kravet har ikke grunnlag i planen", ANY));

        assertThat(events).hasSize(4);
        assertThat(events.get(0)).isEqualTo(new AppealReconsidered(ROUND, 1, ReconsiderationOutcome.PARTLY_GRANTED,
                "Frikjøp for én skole", 1));
        LeftoverFundsReallocated reallocated = (LeftoverFundsReallocated) events.get(1);
        assertThat(reallocated.reallocationNumber()).isEqualTo(1);
        assertThat(reallocated.amountOre()).isEqualTo(40_000L);
        assertThat(reallocated.lines()).containsExactly(MORE_FOR_SUNNFJORD);
        assertThat(reallocated.reason()).isEqualTo("Klage 1: Frikjøp for én skole");
        assertThat(reallocated.drawnFrom()).extracting(FundsDrawn::source)
                .containsOnly(FundsSource.UNALLOCATED_REMAINDER);
        assertThat(reallocated.drawnFrom().stream().mapToLong(FundsDrawn::amountOre).sum()).isEqualTo(40_000L);
        assertThat(events.get(2)).isEqualTo(new GrantLetterIssued(ROUND, SUNNFJORD,
                ROUND + "/" + SUNNFJORD + "/reallocation-1", 40_000L, List.of(MORE_FOR_SUNNFJORD), List.of()));
        assertThat(events.get(3)).isEqualTo(new AppealForwarded(ROUND, 1, AppealDecider.DIRECTORATE,
                "Resten av kravet har ikke grunnlag i planen"));

        RoundState after = decided(IN_TIME);
        events.forEach(event -> after.evolve(event, DECIDED_AT));
        assertThat(after.decision().grantOf(SUNNFJORD)).isEqualTo(440_000L);
    }

    @Test
    void a_grant_on_appeal_goes_to_the_appellant_only_within_the_leftover_funds_and_only_when_the_outcome_grants() {
        RoundState round = decided(IN_TIME);
        refused(() -> AppealDecider.reconsider(round.basics(), round.appeals(), round.reallocation(),
                new ReconsiderAppeal(ROUND, 1, ReconsiderationOutcome.GRANTED, "Medhold", new AppealGrant(
                        FundsSource.UNALLOCATED_REMAINDER, null, 40_000L, List.of(new AllocationLine(BERGEN,
                        "NEEDS_REPORT", "bergen-1", null, 1, 40_000L, 0L))), null, null, ANY)),
                "invalid-input", "lines[0].recipientId");
        // the decision left 100 000 øre unallocated
        refused(() -> AppealDecider.reconsider(round.basics(), round.appeals(), round.reallocation(),
                new ReconsiderAppeal(ROUND, 1, ReconsiderationOutcome.GRANTED, "Medhold", new AppealGrant(
                        FundsSource.UNALLOCATED_REMAINDER, null, 140_000L, List.of(new AllocationLine(SUNNFJORD,
                        "NEEDS_REPORT", "sunnfjord-1", null, 1, 140_000L, 0L))), null, null, ANY)),
                "exceeds-available-funds");
        refused(() -> AppealDecider.reconsider(round.basics(), round.appeals(), round.reallocation(),
                new ReconsiderAppeal(ROUND, 1, ReconsiderationOutcome.NOT_GRANTED, "Ikke medhold", new AppealGrant(
                        FundsSource.UNALLOCATED_REMAINDER, null, 40_000L, List.of(MORE_FOR_SUNNFJORD)),
                        null, "Uttalelse", ANY)), "invalid-input", "source");
        refused(() -> AppealDecider.reconsider(round.basics(), round.appeals(), round.reallocation(),
                new ReconsiderAppeal(ROUND, 1, ReconsiderationOutcome.GRANTED, "Medhold", new AppealGrant(null,
                        null, null, null), null, null, ANY)), "invalid-input", "amountOre");
        refused(() -> AppealDecider.reconsider(round.basics(), round.appeals(), round.reallocation(),
                new ReconsiderAppeal(ROUND, 1, ReconsiderationOutcome.NOT_GRANTED, "Ikke medhold", null, null, null,
                        ANY)), "invalid-input", "statement");
    }

    @Test
    void the_appeal_body_decides_a_forwarded_appeal_once_and_what_it_grants_is_given_out_with_a_letter() {
        AppealReconsidered notGranted = new AppealReconsidered(ROUND, 1, ReconsiderationOutcome.NOT_GRANTED,
                "Ikke medhold", null);
        AppealForwarded forwarded = new AppealForwarded(ROUND, 1, AppealDecider.DIRECTORATE, "Uttalelse");
        RoundState notYet = decided(IN_TIME);
        refused(() -> AppealDecider.recordAppealBodyDecision(notYet.basics(), notYet.appeals(), notYet.reallocation(),
                upheld()), "appeal-not-forwarded");

        RoundState round = decided(IN_TIME, notGranted, forwarded);
        assertThat(AppealDecider.recordAppealBodyDecision(round.basics(), round.appeals(), round.reallocation(),
                upheld())).containsExactly(new AppealBodyDecided(ROUND, 1, AppealBodyOutcome.UPHELD, "2027/4411",
                "Vedtaket er i samsvar med planen", null));
        List<RoundEvent> granted = AppealDecider.recordAppealBodyDecision(round.basics(), round.appeals(),
                round.reallocation(), new RecordAppealBodyDecision(ROUND, 1, AppealBodyOutcome.GRANTED, "2027/4411",
                        "Medhold", new AppealGrant(FundsSource.UNALLOCATED_REMAINDER, null, 40_000L,
                        List.of(MORE_FOR_SUNNFJORD)), ANY));
        assertThat(granted.get(0)).isEqualTo(new AppealBodyDecided(ROUND, 1, AppealBodyOutcome.GRANTED, "2027/4411",
                "Medhold", 1));
        assertThat(granted).hasSize(3).element(2).isInstanceOf(GrantLetterIssued.class);

        RoundState decidedByBody = decided(IN_TIME, notGranted, forwarded, granted.get(0));
        refused(() -> AppealDecider.recordAppealBodyDecision(decidedByBody.basics(), decidedByBody.appeals(),
                decidedByBody.reallocation(), upheld()), "appeal-not-forwarded");
    }

    @Test
    void when_the_period_ends_the_letters_nobody_appealed_are_final_once() {
        RoundState round = decided(IN_TIME);
        List<RoundEvent> ended = AppealDecider.endPeriod(round.basics(), round.appeals());
        assertThat(ended).containsExactly(new AppealPeriodEnded(ROUND, LAST_DAY, List.of(ROUND + "/" + BERGEN)));

        RoundState after = decided(IN_TIME, ended.get(0));
        assertThat(AppealDecider.endPeriod(after.basics(), after.appeals())).isEmpty();
    }

    private static RoundState decided(Object... after) {
        Object[] events = new Object[DECISION.length + after.length];
        System.arraycopy(DECISION, 0, events, 0, DECISION.length);
        System.arraycopy(after, 0, events, DECISION.length, after.length);
        return givenAt(DECIDED_AT, events);
    }

    private static ReconsiderAppeal notGranted(int appealNumber) {
        return new ReconsiderAppeal(ROUND, appealNumber, ReconsiderationOutcome.NOT_GRANTED, "Ikke medhold", null,
                null, "Uttalelse til direktoratet", ANY);
    }

    private static RecordAppealBodyDecision upheld() {
        return new RecordAppealBodyDecision(ROUND, 1, AppealBodyOutcome.UPHELD, "2027/4411",
                "Vedtaket er i samsvar med planen", null, ANY);
    }
}
