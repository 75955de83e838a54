package no.kompetansemidler.command.round;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import no.kompetansemidler.allocation.plans.LongTermPlan;
import no.kompetansemidler.allocation.plans.PlanCatalogue;
import no.kompetansemidler.allocation.regulation.Regulation;
import no.kompetansemidler.command.forum.RegisteredMember;
import no.kompetansemidler.command.forum.register.ForumRegister;
import no.kompetansemidler.command.kernel.County;
import no.kompetansemidler.command.needs.EarlierMeasures;
import no.kompetansemidler.command.plan.CountyPlans;
import no.kompetansemidler.command.reallocation.ReallocationDecider;
import no.kompetansemidler.command.register.RecipientRegister;
import no.kompetansemidler.events.decision.AllocationDecided;
import no.kompetansemidler.events.decision.GrantWithdrawn;
import no.kompetansemidler.events.proposal.AllocationLine;
import no.kompetansemidler.events.reallocation.LeftoverFundsCarriedOver;
import no.kompetansemidler.events.register.PartnershipRegistered;
import no.kompetansemidler.events.round.RoundClosed;
import no.kompetansemidler.events.round.RoundEvent;
import no.kompetansemidler.events.round.RoundOpened;
import no.kompetansemidler.recorded.NeedsReportsOnFile;
import no.kompetansemidler.recorded.plan.ForumRegisterOnFile;
import no.kompetansemidler.recorded.plan.PlanAdoptions;
import no.kompetansemidler.recorded.plan.RecordedPlans;
import no.kompetansemidler.recorded.register.RecipientRegisterOnFile;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads a round's history from the event store: the county's plan events and its earlier rounds' decisions. */
@Component
class EventStoreRoundHistory implements RoundHistory {

    /** How far back the county's decisions are read for an owner's participation: the scheme's rounds since 2019. */
    private static final int YEARS_OF_PARTICIPATION = 10;

    private final EventStore eventStore;
    private final PlanCatalogue catalogue;
    private final EarlierParticipation participation;

    EventStoreRoundHistory(EventStore eventStore, PlanCatalogue catalogue, JdbcClient jdbc) {
        this.eventStore = eventStore;
        this.catalogue = catalogue;
        this.participation = new EarlierParticipation(eventStore, jdbc);
    }

    @Override
    public Optional<AdoptedPlan> planInForce(County county, int budgetYear) {
        Map<String, AdoptedPlan> adopted = new LinkedHashMap<>();
        eventStore.readEvents(CountyPlans.idOf(county)).asStream()
                .flatMap(event -> PlanAdoptions.of(event.getPayload()).stream())
                .forEach(adoption -> adopted.put(adoption.version(),
                        new AdoptedPlan(adoption.version(), adoption.document())));
        // a version recorded without a document and unknown to this engine cannot compute proposals here
        List<LongTermPlan> plans = adopted.values().stream()
                .flatMap(plan -> RecordedPlans.plan(county.officialName(), plan.version(), plan.document(),
                        catalogue).stream()).toList();
        return new PlanCatalogue(plans).inForce(county.officialName(),
                        plans.stream().map(LongTermPlan::version).toList(), budgetYear)
                .map(plan -> adopted.get(plan.version()));
    }

    @Override
    public Map<String, SortedMap<String, SortedMap<Integer, Long>>> commitmentsInto(County county, int budgetYear) {
        Map<String, SortedMap<String, SortedMap<Integer, Long>>> commitments = new TreeMap<>();
        // measures run at most 4 years, so only the three rounds before can have committed funds to this one
        for (int back = 1; back <= Regulation.yearsThatCanCommitAhead(); back++) {
            int earlierYear = budgetYear - back;
            String earlierRound = OpenRound.roundIdOf(county, earlierYear);
            List<Object> history = eventStore.readEvents(earlierRound).asStream().map(event -> (Object) event.getPayload())
                    .toList();
            history.stream().filter(AllocationDecided.class::isInstance).map(AllocationDecided.class::cast)
                    .flatMap(decided -> decided.lines().stream())
                    // a line of more years than reach this one commits nothing to it
                    .filter(line -> earlierYear + line.years() - 1 >= budgetYear)
                    // a withdrawal may have ended the recipient's tranche
                    .filter(line -> history.stream().filter(GrantWithdrawn.class::isInstance)
                            .map(GrantWithdrawn.class::cast)
                            .noneMatch(withdrawn -> withdrawn.recipientId().equals(line.recipientId())
                                    && withdrawn.endedTranches().containsKey(budgetYear)))
                    .filter(line -> line.amountOre() > 0)
                    .forEach(line -> commitments.computeIfAbsent(earlierRound, round -> new TreeMap<>())
                            .computeIfAbsent(line.recipientId(), recipient -> new TreeMap<>())
                            .merge(line.years(), line.amountOre(), Long::sum));
        }
        return commitments;
    }

    @Override
    public Optional<EarlierMeasures.DecidedLine> decidedLine(String fromRoundId, String needsReportId) {
        List<Object> history = eventStore.readEvents(fromRoundId).asStream().map(event -> (Object) event.getPayload())
                .toList();
        Optional<Integer> year = history.stream().filter(RoundOpened.class::isInstance).map(RoundOpened.class::cast)
                .map(RoundOpened::budgetYear).findFirst();
        NeedsReportsOnFile reports = new NeedsReportsOnFile();
        history.stream().filter(RoundEvent.class::isInstance).map(RoundEvent.class::cast).forEach(reports::apply);
        int yearsBehind = reports.get(needsReportId).map(report -> report.content().fundedYearsBefore()).orElse(0);
        // a decision may fund one report with more than one line: the measure's yearly amount is their sum
        List<AllocationLine> funding = history.stream().filter(AllocationDecided.class::isInstance)
                .map(AllocationDecided.class::cast).flatMap(decided -> decided.lines().stream())
                .filter(line -> needsReportId.equals(line.needsReportId())).toList();
        return funding.stream().findFirst().map(first -> new AllocationLine(first.recipientId(), first.purpose(),
                        first.needsReportId(), first.targetGroup(),
                        funding.stream().mapToInt(AllocationLine::years).max().orElse(1),
                        funding.stream().mapToLong(AllocationLine::networkOre).sum(),
                        funding.stream().mapToLong(AllocationLine::partnerOre).sum()))
                .flatMap(line -> year.map(first -> new EarlierMeasures.DecidedLine(line, first,
                        history.stream().filter(GrantWithdrawn.class::isInstance).map(GrantWithdrawn.class::cast)
                                .filter(withdrawn -> withdrawn.recipientId().equals(line.recipientId()))
                                .flatMap(withdrawn -> withdrawn.endedTranches().keySet().stream())
                                .collect(Collectors.toCollection(TreeSet::new)), yearsBehind)));
    }

    @Override
    public Optional<Boolean> ownersFundedBefore(County county, int beforeYear, List<String> owners) {
        Set<String> asked = owners.stream().map(EarlierParticipation::normalized).collect(Collectors.toSet());
        List<String> earlierRounds = IntStream.rangeClosed(1, YEARS_OF_PARTICIPATION)
                .mapToObj(back -> OpenRound.roundIdOf(county, beforeYear - back)).toList();
        boolean anyDecision = false;
        for (EarlierParticipation.Funded round : participation.of(earlierRounds)) {
            anyDecision |= round.decided();
            if (round.owners().stream().anyMatch(asked::contains)) {
                return Optional.of(true);
            }
        }
        return anyDecision ? Optional.of(false) : Optional.empty();
    }

    @Override
    public List<ReallocationDecider.CarryOver> carryOversInto(County county, int budgetYear) {
        String toRoundId = county.roundIdOf(budgetYear);
        return eventStore.readEvents(county.roundIdOf(budgetYear - 1)).asStream().map(EventMessage::getPayload)
                .filter(LeftoverFundsCarriedOver.class::isInstance).map(LeftoverFundsCarriedOver.class::cast)
                .filter(carried -> carried.toRoundId().equals(toRoundId))
                .map(carried -> new ReallocationDecider.CarryOver(carried.roundId(), carried.carryOverNumber(),
                        carried.amountOre())).toList();
    }

    @Override
    public Map<String, RegisteredMember> forumMembers(County county, LocalDate on) {
        ForumRegisterOnFile register = new ForumRegisterOnFile();
        eventStore.readEvents(ForumRegister.idOf(county)).asStream().map(EventMessage::getPayload)
                .forEach(register::apply);
        Map<String, RegisteredMember> members = new TreeMap<>();
        register.activeOn(on).stream().map(ForumRegisterOnFile.Membership::appointment).forEach(member ->
                members.put(member.memberId(), new RegisteredMember(member.memberId(), member.name(),
                        member.organisation(), member.seat(), member.role(), member.networkIds())));
        return members;
    }

    @Override
    public RecipientRegisterOnFile.AppealRight appealRightOf(County county, String recipientId) {
        return registerOf(county).appealRightOf(recipientId);
    }

    @Override
    public SortedMap<String, String> ineligibleRecipients(County county) {
        RecipientRegisterOnFile register = registerOf(county);
        SortedMap<String, String> ineligible = new TreeMap<>();
        register.networks().forEach(network -> register.ineligibilityOf(network.networkId())
                .ifPresent(finding -> ineligible.put(network.networkId(), finding)));
        return ineligible;
    }

    @Override
    public Optional<PartnershipRegistered> partnership(County county, String partnershipId) {
        return registerOf(county).partnership(partnershipId);
    }

    @Override
    public boolean registered(County county, String networkId) {
        return registerOf(county).has(networkId);
    }

    private RecipientRegisterOnFile registerOf(County county) {
        RecipientRegisterOnFile register = new RecipientRegisterOnFile();
        eventStore.readEvents(RecipientRegister.idOf(county)).asStream().map(EventMessage::getPayload)
                .forEach(register::apply);
        return register;
    }

    @Override
    public boolean closed(County county, int budgetYear) {
        return eventStore.readEvents(county.roundIdOf(budgetYear)).asStream().map(EventMessage::getPayload)
                .anyMatch(RoundClosed.class::isInstance);
    }

    @Override
    public Set<Integer> openedYears(County county, Collection<Integer> budgetYears) {
        return budgetYears.stream()
                .filter(year -> eventStore.lastSequenceNumberFor(OpenRound.roundIdOf(county, year)).isPresent())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
