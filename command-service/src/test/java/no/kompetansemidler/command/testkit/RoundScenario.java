package no.kompetansemidler.command.testkit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import no.kompetansemidler.allocation.plans.PlanCatalogue;
import no.kompetansemidler.command.forum.RegisteredMember;
import no.kompetansemidler.command.kernel.County;
import no.kompetansemidler.command.needs.EarlierMeasures;
import no.kompetansemidler.command.reallocation.ReallocationDecider;
import no.kompetansemidler.command.refusal.ExpectedVersion;
import no.kompetansemidler.command.round.Round;
import no.kompetansemidler.command.round.RoundHistory;
import no.kompetansemidler.events.decision.AllocationDecided;
import no.kompetansemidler.events.decision.GrantLetterIssued;
import no.kompetansemidler.events.forum.ForumInputRecorded;
import no.kompetansemidler.events.forum.ForumItem;
import no.kompetansemidler.events.forum.ForumMember;
import no.kompetansemidler.events.forum.ForumOutcome;
import no.kompetansemidler.events.forum.OutcomeKind;
import no.kompetansemidler.events.needs.FactsFromHistory;
import no.kompetansemidler.events.needs.Measure;
import no.kompetansemidler.events.needs.NeedsReportContent;
import no.kompetansemidler.events.needs.NeedsReportSubmitted;
import no.kompetansemidler.events.needs.NeedsSubmissionClosed;
import no.kompetansemidler.events.needs.NeedsTemplateSent;
import no.kompetansemidler.events.needs.Partner;
import no.kompetansemidler.events.needs.PartnerKind;
import no.kompetansemidler.events.needs.TargetGroup;
import no.kompetansemidler.events.proposal.AllocationLine;
import no.kompetansemidler.events.proposal.ProposalDrafted;
import no.kompetansemidler.events.register.PartnershipRegistered;
import no.kompetansemidler.events.round.RoundOpened;
import no.kompetansemidler.recorded.register.RecipientRegisterOnFile;
import org.axonframework.test.aggregate.AggregateTestFixture;

/**
 * A small round to test the cycle's rules on: Vestland 2027 without a plan in the engine (proposals by hand), two
 * networks, a frame of 1 000 000 øre, the clock on 10 January with the submission deadline on 1 February.
 */
public final class RoundScenario {

    public static final String ROUND = "vestland-2027";
    public static final String BERGEN = "bergen";
    public static final String SUNNFJORD = "sunnfjord";
    public static final long FRAME = 1_000_000L;
    public static final Instant NOW = Instant.parse("2027-01-10T09:00:00Z");
    public static final Instant DEADLINE = Instant.parse("2027-02-01T22:59:59Z");
    public static final Instant REPORTING_DEADLINE = Instant.parse("2028-06-01T21:59:59Z");
    public static final ExpectedVersion ANY = ExpectedVersion.ANY;

    public static final RoundOpened OPENED = new RoundOpened(ROUND, "Vestland", 2027, FRAME, null, null);
    public static final NeedsTemplateSent TEMPLATE_SENT =
            new NeedsTemplateSent(ROUND, "2027-1", List.of(BERGEN, SUNNFJORD), DEADLINE, List.of(), Map.of(), Map.of());
    public static final NeedsReportSubmitted BERGEN_REPORTED =
            new NeedsReportSubmitted(ROUND, "bergen-1", BERGEN, needs(TargetGroup.SCHOOL, 2, 300_000L, 300_000L));
    public static final NeedsReportSubmitted SUNNFJORD_REPORTED = new NeedsReportSubmitted(ROUND, "sunnfjord-1",
            SUNNFJORD, needs(TargetGroup.KINDERGARTEN, 1, 200_000L, 200_000L));
    public static final NeedsSubmissionClosed CLOSED = new NeedsSubmissionClosed(ROUND, DEADLINE, 2);
    public static final AllocationLine BERGEN_LINE =
            new AllocationLine(BERGEN, "NEEDS_REPORT", "bergen-1", TargetGroup.SCHOOL, 2, 250_000L, 250_000L);
    public static final AllocationLine SUNNFJORD_LINE = new AllocationLine(SUNNFJORD, "NEEDS_REPORT",
            "sunnfjord-1", TargetGroup.KINDERGARTEN, 1, 200_000L, 200_000L);
    public static final ProposalDrafted PROPOSED = new ProposalDrafted(ROUND, 1, null, null, FRAME, 0L, List.of(),
            List.of(), Map.of(), Map.of(), List.of(BERGEN_LINE, SUNNFJORD_LINE), 100_000L, List.of(), List.of());
    public static final AllocationDecided DECIDED = new AllocationDecided(ROUND, 1, null,
            List.of(BERGEN_LINE, SUNNFJORD_LINE), List.of(), Map.of(), Map.of(2028, 500_000L), 100_000L,
            REPORTING_DEADLINE);
    public static final GrantLetterIssued BERGEN_LETTER = new GrantLetterIssued(ROUND, BERGEN,
            ROUND + "/" + BERGEN, 500_000L, List.of(BERGEN_LINE), List.of());
    public static final GrantLetterIssued SUNNFJORD_LETTER = new GrantLetterIssued(ROUND, SUNNFJORD,
            ROUND + "/" + SUNNFJORD, 400_000L, List.of(SUNNFJORD_LINE), List.of());

    /** Up to the closed submission window. */
    public static final Object[] NEEDS_CLOSED = {OPENED, TEMPLATE_SENT, BERGEN_REPORTED, SUNNFJORD_REPORTED, CLOSED};
    /** Up to the first proposal. */
    public static final Object[] PROPOSAL = {OPENED, TEMPLATE_SENT, BERGEN_REPORTED, SUNNFJORD_REPORTED, CLOSED,
            PROPOSED};
    /** The forum discussed the first proposal (§12). */
    public static final ForumInputRecorded DISCUSSED_IN_FORUM = new ForumInputRecorded(ROUND, 1,
            LocalDate.of(2027, 3, 11), 1, List.of(new ForumMember("Siri Berg", "Utdanningsforbundet", false, null)),
            List.of(new ForumItem("Forslag til fordeling", List.of(), List.of(), List.of(), List.of(),
                    new ForumOutcome(OutcomeKind.CONSENSUS, "Forslaget tilrås", List.of(), List.of(), List.of(),
                            List.of()))));
    /** Up to the first proposal and the forum meeting that discussed it. */
    public static final Object[] DISCUSSED = {OPENED, TEMPLATE_SENT, BERGEN_REPORTED, SUNNFJORD_REPORTED, CLOSED,
            PROPOSED, DISCUSSED_IN_FORUM};
    /** Up to the decision and its letters. */
    public static final Object[] DECISION = {OPENED, TEMPLATE_SENT, BERGEN_REPORTED, SUNNFJORD_REPORTED, CLOSED,
            PROPOSED, DISCUSSED_IN_FORUM, DECIDED, BERGEN_LETTER, SUNNFJORD_LETTER};

    /** A county without earlier plans or rounds; a test overrides what its history holds. */
    public static class NoHistory implements RoundHistory {
        @Override
        public Optional<AdoptedPlan> planInForce(County county, int budgetYear) {
            return Optional.empty();
        }

        @Override
        public Map<String, SortedMap<String, SortedMap<Integer, Long>>> commitmentsInto(County county,
                                                                                        int budgetYear) {
            return Map.of();
        }

        @Override
        public Set<Integer> openedYears(County county, Collection<Integer> budgetYears) {
            return Set.of();
        }

        @Override
        public Optional<EarlierMeasures.DecidedLine> decidedLine(String fromRoundId, String needsReportId) {
            return Optional.empty();
        }

        @Override
        public Optional<Boolean> ownersFundedBefore(County county, int beforeYear, List<String> owners) {
            return Optional.empty();
        }

        @Override
        public List<ReallocationDecider.CarryOver> carryOversInto(County county, int budgetYear) {
            return List.of();
        }

        @Override
        public boolean closed(County county, int budgetYear) {
            return false;
        }

        @Override
        public Map<String, RegisteredMember> forumMembers(County county, LocalDate on) {
            return Map.of();
        }

        @Override
        public RecipientRegisterOnFile.AppealRight appealRightOf(County county, String recipientId) {
            return RecipientRegisterOnFile.AppealRight.UNKNOWN;
        }

        @Override
        public SortedMap<String, String> ineligibleRecipients(County county) {
            return new TreeMap<>();
        }

        @Override
        public Optional<PartnershipRegistered> partnership(County county, String partnershipId) {
            return Optional.empty();
        }

        @Override
        public boolean registered(County county, String networkId) {
            return false;
        }
    }

    private static final RoundHistory NO_HISTORY = new NoHistory();

    private RoundScenario() {
    }

    /** A needs report with one measure. */
    public static NeedsReportContent needs(TargetGroup targetGroup, int years, long ownerOre, long partnerOre) {
        return new NeedsReportContent(List.of("Bergen kommune"),
                List.of(new Partner("Universitetet i Bergen", PartnerKind.UNIVERSITY_OR_COLLEGE)), targetGroup,
                List.of("lesing"), List.of(new Measure("Lesing i alle fag", years, ownerOre, partnerOre, 0L, 0L)),
                "Skoleledere deltar i nettverket", "Samisk innhold i lesestoffet", 0L, false, 0);
    }

    /**
     * The content as the round files it without earlier history: the history is silent, the form's answers stand.
     */
    public static NeedsReportContent filed(NeedsReportContent content) {
        return content.withHistory(new FactsFromHistory(null, null));
    }

    /** A fixture with the clock at {@link #NOW}, the standard plans, and no earlier history. */
    public static AggregateTestFixture<Round> fixture() {
        return fixture(NO_HISTORY, NOW);
    }

    public static AggregateTestFixture<Round> fixture(RoundHistory history) {
        return fixture(history, NOW);
    }

    /** A fixture with the clock at {@code now}. */
    public static AggregateTestFixture<Round> fixture(Instant now) {
        return fixture(NO_HISTORY, now);
    }

    private static AggregateTestFixture<Round> fixture(RoundHistory history, Instant now) {
        AggregateTestFixture<Round> fixture = new AggregateTestFixture<>(Round.class);
        fixture.registerInjectableResource(Clock.fixed(now, ZoneOffset.UTC));
        fixture.registerInjectableResource(PlanCatalogue.standard());
        fixture.registerInjectableResource(history);
        fixture.registerCommandDispatchInterceptor(Actors.administratorOfTheCommandsCounty());
        return fixture;
    }

    public static LocalDate meetingDay() {
        return LocalDate.of(2027, 3, 11);
    }
}
