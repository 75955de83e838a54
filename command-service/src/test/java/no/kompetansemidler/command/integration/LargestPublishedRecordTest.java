package no.kompetansemidler.command.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import no.kompetansemidler.command.integration.notice.NoticeRecipients;
import no.kompetansemidler.command.reallocation.ReallocationDecider;
import no.kompetansemidler.command.web.input.InputLimits;
import no.kompetansemidler.events.appeal.AppealBodyDecided;
import no.kompetansemidler.events.appeal.AppealBodyOutcome;
import no.kompetansemidler.events.appeal.AppealForwarded;
import no.kompetansemidler.events.appeal.AppealLodged;
import no.kompetansemidler.events.appeal.AppealPeriodEnded;
import no.kompetansemidler.events.appeal.AppealReconsidered;
import no.kompetansemidler.events.appeal.LateAppealConsidered;
import no.kompetansemidler.events.appeal.ReconsiderationOutcome;
import no.kompetansemidler.events.decision.AllocationDecided;
import no.kompetansemidler.events.decision.Deviation;
import no.kompetansemidler.events.decision.GrantLetterIssued;
import no.kompetansemidler.events.decision.GrantWithdrawn;
import no.kompetansemidler.events.decision.TrancheLetterIssued;
import no.kompetansemidler.events.grant.PaymentMade;
import no.kompetansemidler.events.grant.PaymentOrdered;
import no.kompetansemidler.events.grant.RepaymentClaimed;
import no.kompetansemidler.events.grant.RepaymentSettled;
import no.kompetansemidler.events.needs.AdjustmentRequested;
import no.kompetansemidler.events.needs.CallAnnounced;
import no.kompetansemidler.events.needs.NeedsTemplateSent;
import no.kompetansemidler.events.needs.TargetGroup;
import no.kompetansemidler.events.proposal.AllocationLine;
import no.kompetansemidler.events.reallocation.FundsDrawn;
import no.kompetansemidler.events.reallocation.FundsSource;
import no.kompetansemidler.events.reallocation.LeftoverFundsCarriedOver;
import no.kompetansemidler.events.reallocation.LeftoverFundsReallocated;
import no.kompetansemidler.events.register.Institution;
import no.kompetansemidler.events.register.NetworkRegistered;
import no.kompetansemidler.events.register.OwnerKind;
import no.kompetansemidler.events.register.OwnerRegistered;
import no.kompetansemidler.events.reporting.ReportApproved;
import no.kompetansemidler.events.reporting.ReportReturned;
import no.kompetansemidler.events.reporting.ReportingReminderSent;
import no.kompetansemidler.events.reporting.ReportsOverdue;
import no.kompetansemidler.events.round.CommitmentsReduced;
import no.kompetansemidler.events.round.RoundClosed;
import no.kompetansemidler.events.round.RoundOpened;
import no.kompetansemidler.events.round.TrancheReduction;
import no.kompetansemidler.recorded.register.RecipientRegisterOnFile;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * No accepted command can give a record the broker refuses: the largest event the input limits admit, of every
 * published type, is built here and must fit the topic's record limit with room to spare. The events are built
 * larger than any one command body allows: every list at its longest with every id at its longest, and on top of
 * that free text worth a whole body in each text field, in the widest UTF-8 characters (3 bytes each).
 */
class LargestPublishedRecordTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ID = "ø".repeat(InputLimits.Kind.IDENTIFIER.maxLength());
    private static final String CODE = "C".repeat(InputLimits.Kind.CODE.maxLength());
    private static final String NAME = "€".repeat(InputLimits.Kind.NAME.maxLength());
    private static final String TEXT = "€".repeat(InputLimits.Kind.TEXT.maxLength());
    /** Free text worth a whole request body, as pieces of the longest text. */
    private static final List<String> EVERY_NETWORK = Collections.nCopies(InputLimits.MAX_LONG_LIST, ID);
    private static final List<String> A_BODY_OF_TEXT = Collections.nCopies(
            InputLimits.MAX_BODY_BYTES / InputLimits.Kind.TEXT.maxLength() + 1, TEXT);
    private static final Instant DEADLINE = Instant.parse("2028-06-01T21:59:59Z");

    @Test
    void the_largest_admissible_event_of_every_published_type_fits_the_record_limit() {
        List<AllocationLine> lines = new ArrayList<>();
        for (int i = 0; i < InputLimits.MAX_LONG_LIST; i++) {
            lines.add(new AllocationLine(ID, CODE, ID, TargetGroup.KINDERGARTEN, 4, InputLimits.MAX_AMOUNT_ORE,
                    InputLimits.MAX_AMOUNT_ORE));
        }
        // leftover funds drawn from as many parts as a reallocation or carry-over may
        List<FundsDrawn> drawn = new ArrayList<>();
        for (int i = 0; i < ReallocationDecider.MAX_PARTS; i++) {
            drawn.add(new FundsDrawn(FundsSource.RETURNED_FUNDS, ID, InputLimits.MAX_AMOUNT_ORE));
        }
        List<Deviation> deviations = new ArrayList<>();
        Map<String, List<String>> conditions = new TreeMap<>();
        for (int i = 0; i < A_BODY_OF_TEXT.size(); i++) {
            deviations.add(new Deviation(ID + i, Long.MAX_VALUE, Long.MAX_VALUE, TEXT));
            conditions.put(ID + i, List.of(TEXT));
        }
        // a round's promised tranches: every recipient of the three decisions before it, each reduced, with the
        // proportional reason (the longest a reduction gets without a body of its own); round ids are made by the
        // service from a county's name and a year
        String earlierRound = "r".repeat(25) + "-2099";
        List<TrancheReduction> reductions = new ArrayList<>();
        for (int i = 0; i < 3 * InputLimits.MAX_LONG_LIST; i++) {
            reductions.add(new TrancheReduction(earlierRound, ID, InputLimits.MAX_AMOUNT_ORE,
                    InputLimits.MAX_AMOUNT_ORE, "The appropriation for 2100 (frame " + Long.MAX_VALUE + " øre) is "
                    + "below the " + Long.MAX_VALUE + " øre promised: every promised tranche is reduced in "
                    + "proportion.", earlierRound + "/reduction-" + Integer.MAX_VALUE + "/" + earlierRound + "/" + ID));
        }
        // a call to the most networks a template takes, each with the longest id and the largest frame
        Map<String, Long> frames = new TreeMap<>();
        for (int i = 0; i < InputLimits.MAX_LONG_LIST; i++) {
            frames.put(ID.substring(0, ID.length() - 4) + String.format("%04d", i), InputLimits.MAX_AMOUNT_ORE);
        }
        List<Object> largest = List.of(
                new RoundOpened(ID, NAME, 2100, InputLimits.MAX_AMOUNT_ORE, CODE, null),
                new CallAnnounced(ID, 2100, Long.MAX_VALUE, DEADLINE, TEXT, CODE, frames),
                new AllocationDecided(ID, Integer.MAX_VALUE, CODE, lines, deviations, conditions,
                        Map.of(2101, Long.MAX_VALUE, 2102, Long.MAX_VALUE, 2103, Long.MAX_VALUE),
                        Long.MAX_VALUE, DEADLINE),
                new GrantLetterIssued(ID, ID, ID + "-" + ID, Long.MAX_VALUE, lines, A_BODY_OF_TEXT),
                new GrantWithdrawn(ID, ID, InputLimits.MAX_AMOUNT_ORE, TEXT, Map.of(2101, Long.MAX_VALUE, 2102,
                        Long.MAX_VALUE, 2103, Long.MAX_VALUE)),
                new TrancheLetterIssued(earlierRound, earlierRound, ID, InputLimits.MAX_AMOUNT_ORE,
                        earlierRound + "/" + ID + "/tranche/" + earlierRound),
                new CommitmentsReduced(earlierRound, Integer.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, true,
                        reductions),
                new LeftoverFundsReallocated(ID, Integer.MAX_VALUE, FundsSource.UNALLOCATED_REMAINDER, ID,
                        InputLimits.MAX_AMOUNT_ORE, lines, TEXT, drawn),
                new LeftoverFundsCarriedOver(ID, Integer.MAX_VALUE, FundsSource.RETURNED_FUNDS, ID,
                        InputLimits.MAX_AMOUNT_ORE, ID, 2101, drawn, TEXT),
                new ReportApproved(ID, ID, Integer.MAX_VALUE, TEXT),
                new RoundClosed(ID, Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE),
                new PaymentOrdered(ID + "/" + ID, ID, ID, Integer.MAX_VALUE, 2100, InputLimits.MAX_AMOUNT_ORE,
                        LocalDate.of(2100, 12, 31), ID + "/" + ID + "/payment-" + Integer.MAX_VALUE),
                new RepaymentClaimed(ID + "/" + ID, ID, ID, Integer.MAX_VALUE, InputLimits.MAX_AMOUNT_ORE, TEXT),
                new RepaymentSettled(ID + "/" + ID, ID, ID, Integer.MAX_VALUE, RepaymentSettled.Settlement.WAIVED,
                        InputLimits.MAX_AMOUNT_ORE, TEXT),
                new AppealLodged(ID, Integer.MAX_VALUE, ID, ID + "/" + ID, LocalDate.MAX, LocalDate.MAX, LocalDate.MAX, null,
                        true, TEXT),
                new LateAppealConsidered(ID, Integer.MAX_VALUE, true, TEXT),
                new AppealReconsidered(ID, Integer.MAX_VALUE, ReconsiderationOutcome.PARTLY_GRANTED, TEXT,
                        Integer.MAX_VALUE),
                new AppealForwarded(ID, Integer.MAX_VALUE, NAME, TEXT),
                new AppealBodyDecided(ID, Integer.MAX_VALUE, AppealBodyOutcome.PARTLY_GRANTED, NAME, TEXT,
                        Integer.MAX_VALUE),
                // the notices, to as many networks as a round has, each named at its longest in the register; their
                // county is read from the round id, which the service makes from a county's name and a year
                new NeedsTemplateSent(earlierRound, CODE, EVERY_NETWORK, DEADLINE, List.of(), Map.of(), Map.of()),
                new AdjustmentRequested(earlierRound, ID, Integer.MAX_VALUE, InputLimits.MAX_AMOUNT_ORE,
                        InputLimits.MAX_AMOUNT_ORE, TEXT),
                new ReportingReminderSent(earlierRound, EVERY_NETWORK, DEADLINE),
                new ReportsOverdue(earlierRound, EVERY_NETWORK, DEADLINE),
                new ReportReturned(earlierRound, ID, Integer.MAX_VALUE, A_BODY_OF_TEXT),
                new AppealPeriodEnded(earlierRound, LocalDate.of(2100, 12, 31),
                        Collections.nCopies(InputLimits.MAX_LONG_LIST, earlierRound + "/" + ID)),
                new PaymentMade(earlierRound + "/" + ID, earlierRound, Integer.MAX_VALUE, InputLimits.MAX_AMOUNT_ORE,
                        LocalDate.of(2100, 12, 31), NAME));
        RecipientRegisterOnFile register = new RecipientRegisterOnFile();
        register.apply(new OwnerRegistered(ID, "910000004", NAME, OwnerKind.PRIVATE, List.of(Institution.SCHOOL),
                List.of()));
        register.apply(new NetworkRegistered(ID, ID, NAME, NAME, "910000004", List.of("910000004")));

        assertThat(largest.stream().map(Object::getClass).toList())
                .as("every published type is built here")
                .containsExactlyInAnyOrderElementsOf(IntegrationContract.TYPES.stream()
                        .map(IntegrationContract.PublishedType::eventType).distinct().toList());
        for (Object event : largest) {
            for (IntegrationContract.PublishedType type : IntegrationContract.of(event.getClass())) {
                byte[] record = JSON.writeValueAsString(CloudEvent.of("f3a1c2d4-0000-4000-8000-000000000000",
                        type.cloudEventType(), IntegrationEventPublisher.roundOf(event), DEADLINE,
                        type.dataOf(event, DEADLINE, NoticeRecipients.of(register), new IntegrationContract.StoredAt(
                                Long.MAX_VALUE, "f".repeat(64))),
                        "00-" + "f".repeat(32) + "-" + "f".repeat(16) + "-01"))
                        .getBytes(StandardCharsets.UTF_8);
                assertThat(record.length).as(type.cloudEventType() + " at its largest, in bytes")
                        .isLessThan(IntegrationConfiguration.MAX_RECORD_BYTES);
            }
        }
    }
}
