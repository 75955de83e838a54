package no.kompetansemidler.command.integration;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import no.kompetansemidler.command.integration.notice.NoticeFacts;
import no.kompetansemidler.command.integration.notice.NoticeRecipients;
import no.kompetansemidler.command.integration.notice.Notices;
import no.kompetansemidler.command.integration.v1.PublishedV1;
import no.kompetansemidler.command.integration.v1.PublishedV1.AllocationDecidedData;
import no.kompetansemidler.command.integration.v1.PublishedV1.CommitmentsReducedData;
import no.kompetansemidler.command.integration.v1.PublishedV1.FundsReallocatedData;
import no.kompetansemidler.command.integration.v1.PublishedV1.GrantAwardedData;
import no.kompetansemidler.command.integration.v1.PublishedV1.GrantWithdrawnData;
import no.kompetansemidler.command.integration.v1.PublishedV1.ReportApprovedData;
import no.kompetansemidler.command.integration.v1.PublishedV1.RoundClosedData;
import no.kompetansemidler.command.integration.v1.PublishedV1.RoundOpenedData;
import no.kompetansemidler.command.integration.v1.PublishedV1.TrancheGrantedData;
import no.kompetansemidler.command.integration.v2.PublishedV2;
import no.kompetansemidler.events.appeal.AppealBodyDecided;
import no.kompetansemidler.events.appeal.AppealForwarded;
import no.kompetansemidler.events.appeal.AppealLodged;
import no.kompetansemidler.events.appeal.AppealPeriodEnded;
import no.kompetansemidler.events.appeal.AppealReconsidered;
import no.kompetansemidler.events.appeal.LateAppealConsidered;
import no.kompetansemidler.events.decision.AllocationDecided;
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
import no.kompetansemidler.events.reallocation.LeftoverFundsCarriedOver;
import no.kompetansemidler.events.reallocation.LeftoverFundsReallocated;
import no.kompetansemidler.events.reporting.ReportApproved;
import no.kompetansemidler.events.reporting.ReportReturned;
import no.kompetansemidler.events.reporting.ReportingReminderSent;
import no.kompetansemidler.events.reporting.ReportsOverdue;
import no.kompetansemidler.events.round.CommitmentsReduced;
import no.kompetansemidler.events.round.RoundClosed;
import no.kompetansemidler.events.round.RoundEvent;
import no.kompetansemidler.events.round.RoundIds;
import no.kompetansemidler.events.round.RoundOpened;

/**
 * The public integration contract: which events integrations receive, under which versioned CloudEvents type, and
 * the notices a notification service sends to the recipients they name (organisation numbers from the county's
 * register). Every other event is internal and never published. Each type's {@code data} has a JSON Schema under
 * {@code integration/schemas/<type>.json}; a breaking change gets a new type version, published beside the old one
 * until the old one is retired (README, "Integration contract").
 */
public final class IntegrationContract {

    /**
     * One published type: the internal event it comes from, its CloudEvents type, and the explicit mapping of the
     * event to the type's {@code data} ({@code PublishedV1}), which its schema pins.
     */
    public record PublishedType(Class<?> eventType, String cloudEventType, Function<Object, Object> data,
                                Function<Object, NoticeFacts> notice, boolean historyHead) {

        static <E> PublishedType of(Class<E> eventType, String cloudEventType, Function<E, ?> data) {
            return new PublishedType(eventType, cloudEventType, event -> data.apply(eventType.cast(event)), null,
                    false);
        }

        /** A notice: its facts from the event, its recipients looked up in the register when it is published. */
        static <E> PublishedType notice(Class<E> eventType, String kind, Function<E, NoticeFacts> facts) {
            return new PublishedType(eventType, "no.kompetansemidler.notice." + kind + ".v1", null,
                    event -> facts.apply(eventType.cast(event)), false);
        }

        /**
         * The round's history head as the event left it (ADR 20): the event's place in the round's stream and its
         * chain hash as the store computed it, which covers everything before it.
         */
        static <E extends RoundEvent> PublishedType historyHead(Class<E> eventType) {
            return new PublishedType(eventType, "no.kompetansemidler.history.head.v1", null, null, true);
        }

        /**
         * The record's {@code data} for an event as stored: the history head from where it is stored, any other
         * type from the event alone.
         */
        public Object dataOf(Object event, Instant occurredAt, NoticeRecipients recipients, StoredAt stored) {
            if (historyHead) {
                return new PublishedV1.HistoryHeadData(((RoundEvent) event).roundId(), stored.sequenceNumber(),
                        stored.chainHash());
            }
            return dataOf(event, occurredAt, recipients);
        }

        /** The record's {@code data}: the event mapped, or for a notice its facts with their recipients. */
        public Object dataOf(Object event, Instant occurredAt, NoticeRecipients recipients) {
            if (historyHead) {
                throw new IllegalStateException(cloudEventType + " is published from the stored event");
            }
            if (notice == null) {
                return data.apply(event);
            }
            NoticeFacts facts = notice.apply(event);
            return new PublishedV1.NoticeData(facts.roundId(), recipients.resolve(RoundIds.countyOf(facts.roundId()),
                    facts.networkIds(), occurredAt), facts.dueBy(), facts.reference(), facts.text());
        }

        /** The JSON Schema of the type's {@code data}, on the classpath. */
        public String schemaResource() {
            return "integration/schemas/" + cloudEventType + ".json";
        }
    }

    /** Where an event is stored: its place in its stream and its chain hash (ADR 20). */
    public record StoredAt(long sequenceNumber, String chainHash) {
    }

    public static final List<PublishedType> TYPES = List.of(
            PublishedType.of(RoundOpened.class, "no.kompetansemidler.round.opened.v1", RoundOpenedData::of),
            PublishedType.of(CallAnnounced.class, "no.kompetansemidler.call.announced.v1",
                    PublishedV1.CallAnnouncedData::of),
            PublishedType.of(AllocationDecided.class, "no.kompetansemidler.allocation.decided.v1",
                    AllocationDecidedData::of),
            PublishedType.historyHead(AllocationDecided.class),
            PublishedType.of(CommitmentsReduced.class, "no.kompetansemidler.commitments.reduced.v1",
                    CommitmentsReducedData::of),
            PublishedType.of(GrantLetterIssued.class, "no.kompetansemidler.grant.awarded.v1", GrantAwardedData::of),
            PublishedType.of(TrancheLetterIssued.class, "no.kompetansemidler.tranche.granted.v1",
                    TrancheGrantedData::of),
            PublishedType.of(GrantWithdrawn.class, "no.kompetansemidler.grant.withdrawn.v1",
                    GrantWithdrawnData::of),
            PublishedType.of(GrantWithdrawn.class, "no.kompetansemidler.grant.withdrawn.v2",
                    PublishedV2.GrantWithdrawnData::of),
            PublishedType.of(LeftoverFundsReallocated.class, "no.kompetansemidler.funds.reallocated.v1",
                    FundsReallocatedData::of),
            PublishedType.of(LeftoverFundsCarriedOver.class, "no.kompetansemidler.funds.carriedover.v1",
                    PublishedV1.FundsCarriedOverData::of),
            PublishedType.of(ReportApproved.class, "no.kompetansemidler.report.approved.v1",
                    ReportApprovedData::of),
            PublishedType.of(RoundClosed.class, "no.kompetansemidler.round.closed.v1", RoundClosedData::of),
            PublishedType.of(PaymentOrdered.class, "no.kompetansemidler.payment.ordered.v1",
                    PublishedV1.PaymentOrderedData::of),
            PublishedType.of(RepaymentClaimed.class, "no.kompetansemidler.repayment.claimed.v1",
                    PublishedV1.RepaymentClaimedData::of),
            PublishedType.of(RepaymentSettled.class, "no.kompetansemidler.repayment.settled.v1",
                    PublishedV1.RepaymentSettledData::of),
            PublishedType.of(AppealLodged.class, "no.kompetansemidler.appeal.lodged.v1",
                    PublishedV1.AppealLodgedData::of),
            PublishedType.of(LateAppealConsidered.class, "no.kompetansemidler.appeal.lateconsidered.v1",
                    PublishedV1.LateAppealConsideredData::of),
            PublishedType.of(AppealReconsidered.class, "no.kompetansemidler.appeal.reconsidered.v1",
                    PublishedV1.AppealReconsideredData::of),
            PublishedType.of(AppealForwarded.class, "no.kompetansemidler.appeal.forwarded.v1",
                    PublishedV1.AppealForwardedData::of),
            PublishedType.of(AppealBodyDecided.class, "no.kompetansemidler.appeal.decided.v1",
                    PublishedV1.AppealDecidedData::of),
            PublishedType.notice(NeedsTemplateSent.class, "templatesent", Notices::templateSent),
            PublishedType.notice(AdjustmentRequested.class, "adjustmentrequested", Notices::adjustmentRequested),
            PublishedType.notice(ReportingReminderSent.class, "reportingreminder", Notices::reportingReminder),
            PublishedType.notice(ReportsOverdue.class, "reportsoverdue", Notices::reportsOverdue),
            PublishedType.notice(ReportReturned.class, "reportreturned", Notices::reportReturned),
            PublishedType.notice(AppealPeriodEnded.class, "appealperiodended", Notices::appealPeriodEnded),
            PublishedType.notice(PaymentMade.class, "paymentmade", Notices::paymentMade));

    private IntegrationContract() {
    }

    /** Every type the event is published as: one, or two while an old version is being retired. */
    public static List<PublishedType> of(Class<?> eventType) {
        return TYPES.stream().filter(type -> type.eventType().equals(eventType)).toList();
    }
}
