package no.kompetansemidler.command.integration.v1;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonInclude;
import no.kompetansemidler.events.appeal.AppealBodyDecided;
import no.kompetansemidler.events.appeal.AppealForwarded;
import no.kompetansemidler.events.appeal.AppealLodged;
import no.kompetansemidler.events.appeal.AppealReconsidered;
import no.kompetansemidler.events.appeal.LateAppealConsidered;
import no.kompetansemidler.events.decision.AllocationDecided;
import no.kompetansemidler.events.decision.Deviation;
import no.kompetansemidler.events.decision.GrantLetterIssued;
import no.kompetansemidler.events.decision.GrantWithdrawn;
import no.kompetansemidler.events.decision.TrancheLetterIssued;
import no.kompetansemidler.events.grant.PaymentOrdered;
import no.kompetansemidler.events.grant.RepaymentClaimed;
import no.kompetansemidler.events.grant.RepaymentSettled;
import no.kompetansemidler.events.needs.CallAnnounced;
import no.kompetansemidler.events.proposal.AllocationLine;
import no.kompetansemidler.events.reallocation.LeftoverFundsCarriedOver;
import no.kompetansemidler.events.reallocation.LeftoverFundsReallocated;
import no.kompetansemidler.events.reporting.ReportApproved;
import no.kompetansemidler.events.round.CommitmentsReduced;
import no.kompetansemidler.events.round.RoundClosed;
import no.kompetansemidler.events.round.RoundOpened;

/**
 * Version 1 of the integration contract's {@code data}: the published language, in shapes of its own, each mapped
 * explicitly from the internal event it comes from and pinned by its JSON Schema
 * ({@code integration/schemas/no.kompetansemidler.<type>.v1.json}) and by {@code PublishedV1Test}. An internal
 * event may gain, rename or restructure fields; what integrations receive changes only here, and only with a new
 * type version published beside this one.
 */
public final class PublishedV1 {

    private PublishedV1() {
    }

    /** One line of a decision, grant or reallocation: money to one recipient, split owners/partner, per year. */
    public record Line(String recipientId, String purpose, String needsReportId, String targetGroup, int years,
                       long networkOre, long partnerOre) {

        static Line of(AllocationLine line) {
            return new Line(line.recipientId(), line.purpose(), line.needsReportId(),
                    line.targetGroup() == null ? null : line.targetGroup().name(), line.years(), line.networkOre(),
                    line.partnerOre());
        }

        static List<Line> of(List<AllocationLine> lines) {
            return lines.stream().map(Line::of).toList();
        }
    }

    /** {@code no.kompetansemidler.round.opened.v1} */
    public record RoundOpenedData(String roundId, String county, int budgetYear, long budgetFrameOre,
                                  String planVersion) {

        public static RoundOpenedData of(RoundOpened event) {
            return new RoundOpenedData(event.roundId(), event.county(), event.budgetYear(), event.budgetFrameOre(),
                    event.planVersion());
        }
    }

    /** A recipient whose decided total differs from the proposal, with the reason. */
    public record DeviationData(String recipientId, long proposedOre, long decidedOre, String reason) {

        static DeviationData of(Deviation deviation) {
            return new DeviationData(deviation.recipientId(), deviation.proposedOre(), deviation.decidedOre(),
                    deviation.reason());
        }
    }

    /** {@code no.kompetansemidler.allocation.decided.v1}; maps are sorted by key, as every published map. */
    public record AllocationDecidedData(String roundId, int proposalNumber, String planVersion, List<Line> lines,
                                        List<DeviationData> deviations, SortedMap<String, List<String>> conditions,
                                        SortedMap<String, Long> commitmentsByYearOre, long unallocatedOre,
                                        Instant reportingDeadline) {

        public static AllocationDecidedData of(AllocationDecided event) {
            SortedMap<String, Long> commitments = new TreeMap<>();
            event.commitmentsByYearOre().forEach((year, ore) -> commitments.put(String.valueOf(year), ore));
            return new AllocationDecidedData(event.roundId(), event.proposalNumber(), event.planVersion(),
                    Line.of(event.lines()), event.deviations().stream().map(DeviationData::of).toList(),
                    new TreeMap<>(event.conditions()), commitments, event.unallocatedOre(),
                    event.reportingDeadline());
        }
    }

    /** {@code no.kompetansemidler.grant.awarded.v1}: the grant letter to one recipient. */
    public record GrantAwardedData(String roundId, String recipientId, String letterReference, long amountOre,
                                   List<Line> lines, List<String> conditions) {

        public static GrantAwardedData of(GrantLetterIssued event) {
            return new GrantAwardedData(event.roundId(), event.recipientId(), event.letterReference(),
                    event.amountOre(), Line.of(event.lines()), List.copyOf(event.conditions()));
        }
    }

    /** {@code no.kompetansemidler.tranche.granted.v1} */
    public record TrancheGrantedData(String roundId, String grantId, String fromRoundId, String recipientId,
                                     long amountOre, String letterReference) {

        public static TrancheGrantedData of(TrancheLetterIssued event) {
            return new TrancheGrantedData(event.roundId(), event.grantId(), event.fromRoundId(), event.recipientId(),
                    event.amountOre(), event.letterReference());
        }
    }

    /** {@code no.kompetansemidler.payment.ordered.v1}: an order to the accounting system. */
    public record PaymentOrderedData(String roundId, String grantId, String recipientId, int paymentNumber,
                                     int budgetYear, long amountOre, LocalDate dueOn, String orderReference) {

        public static PaymentOrderedData of(PaymentOrdered event) {
            return new PaymentOrderedData(event.roundId(), event.grantId(), event.recipientId(),
                    event.paymentNumber(), event.budgetYear(), event.amountOre(), event.dueOn(),
                    event.orderReference());
        }
    }

    /** {@code no.kompetansemidler.repayment.claimed.v1} */
    public record RepaymentClaimedData(String roundId, String grantId, String recipientId, int claimNumber,
                                       long amountOre, String reason) {

        public static RepaymentClaimedData of(RepaymentClaimed event) {
            return new RepaymentClaimedData(event.roundId(), event.grantId(), event.recipientId(),
                    event.claimNumber(), event.amountOre(), event.reason());
        }
    }

    /** {@code no.kompetansemidler.repayment.settled.v1} */
    public record RepaymentSettledData(String roundId, String grantId, String recipientId, int claimNumber,
                                       String settlement, long amountOre, String reason) {

        public static RepaymentSettledData of(RepaymentSettled event) {
            return new RepaymentSettledData(event.roundId(), event.grantId(), event.recipientId(),
                    event.claimNumber(), event.settlement().name(), event.amountOre(), event.reason());
        }
    }

    /** {@code no.kompetansemidler.grant.withdrawn.v1} */
    public record GrantWithdrawnData(String roundId, String recipientId, long amountOre, String reason) {

        public static GrantWithdrawnData of(GrantWithdrawn event) {
            return new GrantWithdrawnData(event.roundId(), event.recipientId(), event.amountOre(), event.reason());
        }
    }

    /** {@code no.kompetansemidler.commitments.reduced.v1} */
    public record CommitmentsReducedData(String roundId, int reductionNumber, long budgetFrameOre, long reservedOre,
                                         boolean proportional, List<TrancheReductionData> reductions) {

        public static CommitmentsReducedData of(CommitmentsReduced event) {
            return new CommitmentsReducedData(event.roundId(), event.reductionNumber(), event.budgetFrameOre(),
                    event.reservedOre(), event.proportional(), event.reductions().stream()
                    .map(reduction -> new TrancheReductionData(reduction.fromRoundId() + "/"
                            + reduction.recipientId(), reduction.fromRoundId(), reduction.recipientId(),
                            reduction.reservedOre(), reduction.reductionOre(), reduction.reason(),
                            reduction.letterReference())).toList());
        }
    }

    /** One grant's tranche reduced, in {@link CommitmentsReducedData}. */
    public record TrancheReductionData(String grantId, String fromRoundId, String recipientId, long reservedOre,
                                       long reductionOre, String reason, String letterReference) {
    }

    /** {@code no.kompetansemidler.funds.reallocated.v1} */
    public record FundsReallocatedData(String roundId, int reallocationNumber, String source,
                                       String sourceReference, long amountOre, List<Line> lines, String reason) {

        public static FundsReallocatedData of(LeftoverFundsReallocated event) {
            return new FundsReallocatedData(event.roundId(), event.reallocationNumber(),
                    event.source() == null ? null : event.source().name(), event.sourceReference(),
                    event.amountOre(), Line.of(event.lines()), event.reason());
        }
    }

    /** {@code no.kompetansemidler.funds.carriedover.v1} */
    public record FundsCarriedOverData(String roundId, int carryOverNumber, String source, String sourceReference,
                                       long amountOre, String toRoundId, int toBudgetYear, List<DrawnData> drawnFrom,
                                       String reason) {

        public static FundsCarriedOverData of(LeftoverFundsCarriedOver event) {
            return new FundsCarriedOverData(event.roundId(), event.carryOverNumber(), event.source().name(),
                    event.sourceReference(), event.amountOre(), event.toRoundId(), event.toBudgetYear(),
                    event.drawnFrom().stream().map(part -> new DrawnData(part.source().name(), part.reference(),
                            part.amountOre())).toList(), event.reason());
        }
    }

    /** The part of an amount one source gave, in {@link FundsCarriedOverData}. */
    public record DrawnData(String source, String reference, long amountOre) {
    }

    /** {@code no.kompetansemidler.report.approved.v1} */
    public record ReportApprovedData(String roundId, String recipientId, int submissionNumber, String remarks) {

        public static ReportApprovedData of(ReportApproved event) {
            return new ReportApprovedData(event.roundId(), event.recipientId(), event.submissionNumber(),
                    event.remarks());
        }
    }

    /** {@code no.kompetansemidler.round.closed.v1} */
    public record RoundClosedData(String roundId, long grantedOre, long unspentOre, long unallocatedOre) {

        public static RoundClosedData of(RoundClosed event) {
            return new RoundClosedData(event.roundId(), event.grantedOre(), event.unspentOre(),
                    event.unallocatedOre());
        }
    }

    /**
     * Every notice ({@code no.kompetansemidler.notice.<kind>.v1}): who it goes to, by when something is due, what it
     * concerns, and its text in bokmål for a notification service to send.
     */
    public record NoticeData(String roundId, List<NoticeRecipient> recipients, Instant dueBy, String reference,
                             String text) {

        public NoticeData {
            recipients = List.copyOf(recipients);
        }
    }

    /**
     * A notice's recipient: the network, and the organisation holding its grant in the county's register, by
     * organisation number; the last three {@code null} for a network the register does not have.
     */
    public record NoticeRecipient(String networkId, String networkName, String organisationNumber,
                                  String organisationName) {
    }

    /**
     * {@code no.kompetansemidler.call.announced.v1}: what is available, for whom (any network in the county's
     * register), until when, and each network's indicative frame where the plan gives them.
     *
     * @param planVersion      the round's plan, left out for a round without one
     * @param indicativeFrames each network's indicative frame in network order, left out where there are none
     */
    public record CallAnnouncedData(String roundId, int budgetYear, long distributableOre, Instant submissionDeadline,
                                    String text, @JsonInclude(JsonInclude.Include.NON_NULL) String planVersion,
                                    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<IndicativeFrame> indicativeFrames) {

        public static CallAnnouncedData of(CallAnnounced event) {
            return new CallAnnouncedData(event.roundId(), event.budgetYear(), event.distributableOre(),
                    event.submissionDeadline(), event.text(), event.planVersion(), event.indicativeFramesOre()
                    .entrySet().stream().map(frame -> new IndicativeFrame(frame.getKey(), frame.getValue())).toList());
        }
    }

    /**
     * {@code no.kompetansemidler.history.head.v1}, with each decision: the round's history head (ADR 20), so that
     * anyone holding it can later show that the round's history up to the decision was not rewritten.
     *
     * @param sequenceNumber the decision's place in the round's stream
     * @param chainHash      its chain hash: the SHA-256 over it and every event before it in the round
     */
    public record HistoryHeadData(String roundId, long sequenceNumber, String chainHash) {
    }

    /** A network's indicative frame in a call, in øre. */
    public record IndicativeFrame(String networkId, long amountOre) {
    }

    /** {@code no.kompetansemidler.appeal.lodged.v1}; the grounds stay in the round's appeals view. */
    public record AppealLodgedData(String roundId, int appealNumber, String recipientId, String letterReference,
                                   LocalDate lastDay, LocalDate receivedOn, LocalDate postedOn, boolean late) {

        public static AppealLodgedData of(AppealLodged event) {
            return new AppealLodgedData(event.roundId(), event.appealNumber(), event.recipientId(),
                    event.letterReference(), event.lastDay(), event.receivedOn(), event.postedOn(), event.late());
        }
    }

    /** {@code no.kompetansemidler.appeal.lateconsidered.v1} */
    public record LateAppealConsideredData(String roundId, int appealNumber, boolean considered) {

        public static LateAppealConsideredData of(LateAppealConsidered event) {
            return new LateAppealConsideredData(event.roundId(), event.appealNumber(), event.considered());
        }
    }

    /** {@code no.kompetansemidler.appeal.reconsidered.v1} */
    public record AppealReconsideredData(String roundId, int appealNumber, String outcome,
                                         Integer reallocationNumber) {

        public static AppealReconsideredData of(AppealReconsidered event) {
            return new AppealReconsideredData(event.roundId(), event.appealNumber(), event.outcome().name(),
                    event.reallocationNumber());
        }
    }

    /** {@code no.kompetansemidler.appeal.forwarded.v1} */
    public record AppealForwardedData(String roundId, int appealNumber, String appealBody) {

        public static AppealForwardedData of(AppealForwarded event) {
            return new AppealForwardedData(event.roundId(), event.appealNumber(), event.appealBody());
        }
    }

    /** {@code no.kompetansemidler.appeal.decided.v1}: the appeal body's decision. */
    public record AppealDecidedData(String roundId, int appealNumber, String outcome, String caseReference,
                                    Integer reallocationNumber) {

        public static AppealDecidedData of(AppealBodyDecided event) {
            return new AppealDecidedData(event.roundId(), event.appealNumber(), event.outcome().name(),
                    event.caseReference(), event.reallocationNumber());
        }
    }
}
