package no.kompetansemidler.command.round;

import static no.kompetansemidler.command.access.CommandAccess.administrator;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import no.kompetansemidler.access.Actor;
import no.kompetansemidler.access.Role;
import no.kompetansemidler.allocation.plans.PlanCatalogue;
import no.kompetansemidler.allocation.regulation.Regulation;
import no.kompetansemidler.command.access.CommandAccess;
import no.kompetansemidler.command.access.CommandAccess.Permission;
import no.kompetansemidler.command.appeal.AppealAccess;
import no.kompetansemidler.command.appeal.AppealDecider;
import no.kompetansemidler.command.appeal.AppealPeriods;
import no.kompetansemidler.command.appeal.ConsiderLateAppeal;
import no.kompetansemidler.command.appeal.LodgeAppeal;
import no.kompetansemidler.command.appeal.ReconsiderAppeal;
import no.kompetansemidler.command.appeal.RecordAppealBodyDecision;
import no.kompetansemidler.command.appropriation.AppropriationDecider;
import no.kompetansemidler.command.appropriation.ReduceCommitments;
import no.kompetansemidler.command.calendar.CalendarDecider;
import no.kompetansemidler.command.calendar.MoveCalendarStep;
import no.kompetansemidler.command.decision.DecideAllocation;
import no.kompetansemidler.command.decision.DecisionDecider;
import no.kompetansemidler.command.decision.WithdrawGrant;
import no.kompetansemidler.command.eligibility.Eligibility;
import no.kompetansemidler.command.forum.ForumDecider;
import no.kompetansemidler.command.forum.RecordForumInput;
import no.kompetansemidler.command.forum.RegisteredMember;
import no.kompetansemidler.command.handling.CommandOutcome;
import no.kompetansemidler.command.kernel.County;
import no.kompetansemidler.command.kernel.RoundBasics;
import no.kompetansemidler.command.kernel.RoundCommand;
import no.kompetansemidler.command.kernel.RoundLifecycle;
import no.kompetansemidler.command.needs.AmendNeedsReport;
import no.kompetansemidler.command.needs.AnnounceCall;
import no.kompetansemidler.command.needs.CoSignNeedsReport;
import no.kompetansemidler.command.needs.EarlierMeasures;
import no.kompetansemidler.command.needs.ExtendSubmissionDeadline;
import no.kompetansemidler.command.needs.NeedsAccess;
import no.kompetansemidler.command.needs.NeedsDecider;
import no.kompetansemidler.command.needs.RequestAdjustment;
import no.kompetansemidler.command.needs.SendNeedsTemplate;
import no.kompetansemidler.command.needs.SubmitAdjustedNeeds;
import no.kompetansemidler.command.needs.SubmitNeedsReport;
import no.kompetansemidler.command.needs.WithdrawAdjustmentRequest;
import no.kompetansemidler.command.needs.WithdrawNeedsReport;
import no.kompetansemidler.command.proposal.DraftProposal;
import no.kompetansemidler.command.proposal.ProposalDecider;
import no.kompetansemidler.command.reallocation.CarryOverLeftoverFunds;
import no.kompetansemidler.command.reallocation.ReallocateLeftoverFunds;
import no.kompetansemidler.command.reallocation.ReallocationDecider;
import no.kompetansemidler.command.reallocation.ReceiveCarriedOverFunds;
import no.kompetansemidler.command.reporting.RecordReportRemark;
import no.kompetansemidler.command.reporting.ReportingAccess;
import no.kompetansemidler.command.reporting.ReportingDecider;
import no.kompetansemidler.command.reporting.ReviewReport;
import no.kompetansemidler.command.reporting.SubmitReport;
import no.kompetansemidler.events.needs.NeedsReportSubmitted;
import no.kompetansemidler.events.register.PartnershipRegistered;
import no.kompetansemidler.events.round.RoundEvent;
import no.kompetansemidler.events.round.RoundOpened;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One county's grant round for one budget year ("tildelingsrunde"), the consistency boundary of its annual cycle.
 * A thin Axon shell that composes the capabilities: each declares its commands' steps, permissions and rules (a
 * plain-Java decider over its own state slice), and {@link RoundState} hands every event to each slice. Deadlines
 * (submission, reporting) are scheduled with the persistent deadline manager and survive restarts.
 */
@Aggregate(repository = RoundLoading.REPOSITORY)
public class Round {

    static final String SUBMISSION_DEADLINE = "needs-submission-deadline";
    static final String REPORTING_REMINDER = "reporting-reminder";
    static final String REPORTING_DEADLINE = "reporting-deadline";
    static final String APPEAL_PERIOD_END = "appeal-period-end";
    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    /** The commands each step allows, as the capabilities declare them. */
    static final RoundLifecycle LIFECYCLE = new RoundLifecycle(RoundDecider.STEPS, AppropriationDecider.STEPS,
            NeedsDecider.STEPS,
            ProposalDecider.STEPS, ForumDecider.STEPS, DecisionDecider.STEPS, ReallocationDecider.STEPS,
            ReportingDecider.STEPS, AppealDecider.STEPS, CalendarDecider.STEPS);

    @AggregateIdentifier
    private String roundId;
    private final RoundState state = new RoundState();

    protected Round() {
        // for Axon, which rebuilds the round from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    CommandOutcome handle(OpenRound command, RoundHistory history, Actor actor) {
        CommandAccess.requireAdministratorOf(Optional.ofNullable(actor), command.county());
        applyAll(RoundDecider.open(command, history.planInForce(command.county(), command.budgetYear()),
                history.commitmentsInto(command.county(), command.budgetYear())));
        // what the year before carried over is in the frame from the start
        applyAll(ReallocationDecider.receive(basics(), state.reallocation(),
                history.carryOversInto(command.county(), command.budgetYear())));
        return CommandOutcome.done();
    }

    /** Internal, from {@code CarryOverReceipts}: no actor, nothing to refuse, idempotent. */
    @CommandHandler
    CommandOutcome handle(ReceiveCarriedOverFunds command, RoundHistory history) {
        // a round of no known county (written to the store by other means) has no year before to carry anything
        County.find(basics().county()).ifPresent(county -> applyAll(ReallocationDecider.receive(basics(),
                state.reallocation(), history.carryOversInto(county, basics().budgetYear()))));
        return CommandOutcome.done();
    }

    @CommandHandler
    CommandOutcome handle(ReviseBudgetFrame command, Actor actor) {
        decide(command, actor, administrator(command), () -> RoundDecider.reviseFrame(basics(), command));
        return CommandOutcome.done();
    }

    @CommandHandler
    CommandOutcome handle(ReduceCommitments command, Actor actor) {
        decide(command, actor, administrator(command), () -> AppropriationDecider.reduce(basics(), command));
        return CommandOutcome.done();
    }

    /** The county's earlier decisions, as a needs report continuing one of their measures reads them. */
    private EarlierMeasures earlier(RoundHistory history) {
        County county = County.find(basics().county()).orElseThrow();
        int budgetYear = basics().budgetYear();
        return new EarlierMeasures() {
            @Override
            public Optional<EarlierMeasures.DecidedLine> decidedLine(String fromRoundId, String needsReportId) {
                return history.decidedLine(fromRoundId, needsReportId);
            }

            @Override
            public Optional<Boolean> ownersFundedBefore(List<String> owners) {
                return history.ownersFundedBefore(county, budgetYear, owners);
            }

            @Override
            public Optional<PartnershipRegistered> partnership(String partnershipId) {
                return history.partnership(county, partnershipId);
            }
        };
    }

    /** The budget years after this one that a multi-year line can reach. */
    private static List<Integer> later(int budgetYear) {
        return IntStream.rangeClosed(1, Regulation.yearsThatCanCommitAhead())
                .mapToObj(ahead -> budgetYear + ahead).toList();
    }

    @CommandHandler
    CommandOutcome handle(SendNeedsTemplate command, Clock clock, DeadlineManager deadlines, Actor actor) {
        decide(command, actor, administrator(command),
                () -> NeedsDecider.sendTemplate(basics(), state.needs(), command, clock.instant()));
        deadlines.schedule(state.needs().submissionDeadline(), SUBMISSION_DEADLINE);
        return CommandOutcome.done();
    }

    /** @return the new report's identifier */
    @CommandHandler
    CommandOutcome handle(SubmitNeedsReport command, Clock clock, RoundHistory history, Actor actor) {
        List<RoundEvent> submitted = decide(command, actor, NeedsAccess.submit(command),
                () -> NeedsDecider.submit(basics(), state.needs(), command, clock.instant(), earlier(history),
                        network -> history.registered(county(), network)));
        return CommandOutcome.done(((NeedsReportSubmitted) submitted.get(0)).reportId());
    }

    @CommandHandler
    CommandOutcome handle(AmendNeedsReport command, Clock clock, RoundHistory history, Actor actor) {
        decide(command, actor, NeedsAccess.ownReport(roundId, state.needs(), command),
                () -> NeedsDecider.amend(basics(), state.needs(), command, clock.instant(), earlier(history)));
        return CommandOutcome.done();
    }

    @CommandHandler
    CommandOutcome handle(WithdrawNeedsReport command, Clock clock, Actor actor) {
        decide(command, actor, NeedsAccess.ownReport(roundId, state.needs(), command),
                () -> NeedsDecider.withdraw(basics(), state.needs(), command, clock.instant()));
        return CommandOutcome.done();
    }

    @CommandHandler
    CommandOutcome handle(CoSignNeedsReport command, Actor actor) {
        decide(command, actor, NeedsAccess.coSign(roundId, state.needs(), command),
                () -> NeedsDecider.coSign(basics(), state.needs(), command, actor.organisation()));
        return CommandOutcome.done();
    }

    @CommandHandler
    CommandOutcome handle(ExtendSubmissionDeadline command, Clock clock, RoundHistory history, Actor actor) {
        decide(command, actor, administrator(command), () -> NeedsDecider.extend(basics(), state.needs(), command,
                clock.instant(), network -> history.registered(county(), network)));
        return CommandOutcome.done();
    }

    @CommandHandler
    CommandOutcome handle(AnnounceCall command, Clock clock, PlanCatalogue catalogue, Actor actor) {
        decide(command, actor, administrator(command),
                () -> NeedsDecider.announceCall(basics(), state.needs(), command, clock.instant(), catalogue));
        return CommandOutcome.done();
    }

    @DeadlineHandler(deadlineName = SUBMISSION_DEADLINE)
    void submissionDeadlinePassed() {
        applyAll(NeedsDecider.closeSubmission(basics(), state.needs()));
    }

    @CommandHandler
    CommandOutcome handle(DraftProposal command, PlanCatalogue catalogue, RoundHistory history, Actor actor) {
        decide(command, actor, administrator(command), () -> {
            NeedsDecider.requireCoSignatures(basics(), state.needs());
            return Eligibility.withProposal(roundId, ProposalDecider.draft(basics(), state.proposal(),
                    state.needs().standing(), command, catalogue), history.ineligibleRecipients(county()));
        });
        return CommandOutcome.done();
    }

    @CommandHandler
    CommandOutcome handle(RequestAdjustment command, Actor actor) {
        decide(command, actor, administrator(command), () -> NeedsDecider.requestAdjustment(basics(),
                state.needs(), command, state.proposal().current().orElseThrow()));
        return CommandOutcome.done();
    }

    @CommandHandler
    CommandOutcome handle(WithdrawAdjustmentRequest command, Actor actor) {
        decide(command, actor, administrator(command),
                () -> NeedsDecider.withdrawAdjustmentRequest(basics(), state.needs(), command));
        return CommandOutcome.done();
    }

    @CommandHandler
    CommandOutcome handle(SubmitAdjustedNeeds command, RoundHistory history, Actor actor) {
        decide(command, actor, NeedsAccess.ownReport(roundId, state.needs(), command),
                () -> NeedsDecider.submitAdjusted(basics(), state.needs(), command, earlier(history)));
        return CommandOutcome.done();
    }

    @CommandHandler
    CommandOutcome handle(RecordForumInput command, RoundHistory history, Actor actor) {
        Map<String, RegisteredMember> register = command.memberIds().isEmpty() || command.meetingDate() == null
                ? Map.of() : County.find(basics().county()).map(county -> history.forumMembers(county,
                command.meetingDate())).orElse(Map.of());
        decide(command, actor, administrator(command), () -> ForumDecider.record(basics(), state.forum(),
                state.proposal().count(), command, register));
        return CommandOutcome.done();
    }

    @CommandHandler
    CommandOutcome handle(DecideAllocation command, Clock clock, DeadlineManager deadlines, RoundHistory history,
                          Actor actor) {
        decide(command, actor, administrator(command), () -> {
            // the decision's own rules first: a malformed decision is told so before who may receive
            List<RoundEvent> decided = DecisionDecider.decide(basics(), state.proposal(), state.forum(), command,
                    clock.instant());
            List<RoundEvent> events = new ArrayList<>(Eligibility.forDecision(roundId, command,
                    history.ineligibleRecipients(county()), state.proposal().ineligibleOnLatest()));
            events.addAll(decided);
            return events;
        });
        Instant deadline = command.reportingDeadline();
        deadlines.schedule(ReportingDecider.reminderAt(clock.instant(), deadline), REPORTING_REMINDER);
        deadlines.schedule(deadline, REPORTING_DEADLINE);
        // the decision's letters are final for whoever has not appealed when the last day has passed
        LocalDate lastDay = AppealPeriods.lastDay(LocalDate.ofInstant(clock.instant(), NORWAY));
        deadlines.schedule(lastDay.plusDays(1).atStartOfDay(NORWAY).toInstant(), APPEAL_PERIOD_END);
        return CommandOutcome.done();
    }

    @CommandHandler
    CommandOutcome handle(WithdrawGrant command, RoundHistory history, Actor actor) {
        decide(command, actor, administrator(command), () -> DecisionDecider.withdraw(basics(), state.decision(),
                state.reporting().isFiled(command.recipientId()), command, command.endsLaterTranches() ? history.openedYears(County.find(basics().county())
                        .orElseThrow(), later(basics().budgetYear())) : Set.of()));
        return CommandOutcome.done();
    }

    @CommandHandler
    CommandOutcome handle(ReallocateLeftoverFunds command, RoundHistory history, Actor actor) {
        decide(command, actor, administrator(command), () -> {
            List<RoundEvent> reallocated = ReallocationDecider.reallocate(basics(), state.reallocation(), command);
            List<RoundEvent> events = new ArrayList<>(Eligibility.forReallocation(roundId, command,
                    history.ineligibleRecipients(county())));
            events.addAll(reallocated);
            return events;
        });
        return CommandOutcome.done();
    }

    @CommandHandler
    CommandOutcome handle(CarryOverLeftoverFunds command, RoundHistory history, Actor actor) {
        decide(command, actor, administrator(command), () -> ReallocationDecider.carryOver(basics(),
                state.reallocation(), command, County.find(basics().county())
                        .map(county -> history.closed(county, basics().budgetYear() + 1)).orElse(false)));
        return CommandOutcome.done();
    }

    @CommandHandler
    CommandOutcome handle(SubmitReport command, Actor actor) {
        decide(command, actor, ReportingAccess.submit(roundId, command),
                () -> ReportingDecider.submit(basics(), state.decision(), state.reporting(), command));
        return CommandOutcome.done();
    }

    @CommandHandler
    CommandOutcome handle(ReviewReport command, Actor actor) {
        decide(command, actor, administrator(command),
                () -> ReportingDecider.review(basics(), state.reporting(), command));
        return CommandOutcome.done();
    }

    @CommandHandler
    CommandOutcome handle(RecordReportRemark command, Actor actor) {
        decide(command, actor, CommandAccess.administratorOrForumMember(command),
                () -> ReportingDecider.remark(basics(), state.reporting(), command, actor));
        return CommandOutcome.done();
    }

    @CommandHandler
    CommandOutcome handle(LodgeAppeal command, Clock clock, RoundHistory history, Actor actor) {
        decide(command, actor, AppealAccess.lodge(roundId, command), () -> AppealDecider.lodge(basics(),
                state.appeals(), command, history.appealRightOf(County.find(basics().county()).orElseThrow(),
                        command.recipientId()), LocalDate.ofInstant(clock.instant(), NORWAY),
                !actor.is(Role.ADMINISTRATOR)));
        return CommandOutcome.done(state.appeals().count());
    }

    @CommandHandler
    CommandOutcome handle(ConsiderLateAppeal command, Actor actor) {
        decide(command, actor, administrator(command),
                () -> AppealDecider.considerLate(basics(), state.appeals(), command));
        return CommandOutcome.done();
    }

    @CommandHandler
    CommandOutcome handle(ReconsiderAppeal command, RoundHistory history, Actor actor) {
        decide(command, actor, administrator(command), () -> Eligibility.forAppealGrant(roundId,
                AppealDecider.reconsider(basics(), state.appeals(), state.reallocation(), command),
                command.grant() == null ? Map.of() : command.grant().eligibilityOverrides(),
                history.ineligibleRecipients(county())));
        return CommandOutcome.done();
    }

    @CommandHandler
    CommandOutcome handle(RecordAppealBodyDecision command, Actor actor) {
        decide(command, actor, administrator(command), () -> AppealDecider.recordAppealBodyDecision(basics(),
                state.appeals(), state.reallocation(), command));
        return CommandOutcome.done();
    }

    @DeadlineHandler(deadlineName = APPEAL_PERIOD_END)
    void appealPeriodEnded() {
        applyAll(AppealDecider.endPeriod(basics(), state.appeals()));
    }

    @DeadlineHandler(deadlineName = REPORTING_REMINDER)
    void reportingReminderDue() {
        state.decision().decision().ifPresent(decision -> applyAll(ReportingDecider.remind(basics(),
                state.decision(), state.reporting(), decision.reportingDeadline())));
    }

    @DeadlineHandler(deadlineName = REPORTING_DEADLINE)
    void reportingDeadlinePassed() {
        state.decision().decision().ifPresent(decision -> applyAll(ReportingDecider.overdue(basics(),
                state.decision(), state.reporting(), decision.reportingDeadline())));
    }

    @CommandHandler
    CommandOutcome handle(MoveCalendarStep command, Actor actor) {
        decide(command, actor, administrator(command),
                () -> CalendarDecider.move(basics(), state.calendar(), command));
        return CommandOutcome.done();
    }

    @CommandHandler
    CommandOutcome handle(CloseRound command, Actor actor) {
        decide(command, actor, administrator(command), () -> RoundDecider.close(state));
        return CommandOutcome.done();
    }

    @EventSourcingHandler
    void on(RoundEvent event, @Timestamp Instant at) {
        if (event instanceof RoundOpened opened) {
            roundId = opened.roundId();
        }
        state.evolve(event, at);
    }

    /**
     * Whether the actor may, then the client's If-Match, then the step, then the step's own rules; only then any
     * event.
     */
    private List<RoundEvent> decide(RoundCommand command, Actor actor, Permission permission,
                                    Supplier<List<RoundEvent>> decision) {
        CommandAccess.check(Optional.ofNullable(actor), command, basics().county(), permission);
        command.expectedVersion().check(AggregateLifecycle.getVersion());
        LIFECYCLE.check(basics().step(), command);
        List<RoundEvent> events = decision.get();
        applyAll(events);
        return events;
    }

    private RoundBasics basics() {
        return state.basics();
    }

    private County county() {
        return County.find(basics().county()).orElseThrow();
    }

    private static void applyAll(List<RoundEvent> events) {
        events.forEach(AggregateLifecycle::apply);
    }
}
