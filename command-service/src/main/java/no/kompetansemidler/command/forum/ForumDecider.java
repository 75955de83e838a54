package no.kompetansemidler.command.forum;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import no.kompetansemidler.command.kernel.County;
import no.kompetansemidler.command.kernel.RoundBasics;
import no.kompetansemidler.command.kernel.RoundCommand;
import no.kompetansemidler.command.kernel.RoundStep;
import no.kompetansemidler.command.proposal.AllocationLines;
import no.kompetansemidler.command.refusal.CommandRefused;
import no.kompetansemidler.command.refusal.Refusal;
import no.kompetansemidler.command.refusal.Violation;
import no.kompetansemidler.command.refusal.Violations;
import no.kompetansemidler.events.forum.ForumInputRecorded;
import no.kompetansemidler.events.forum.ForumItem;
import no.kompetansemidler.events.forum.ForumMember;
import no.kompetansemidler.events.forum.ForumOutcome;
import no.kompetansemidler.events.forum.ForumRecommended;
import no.kompetansemidler.events.forum.ForumRole;
import no.kompetansemidler.events.forum.ForumSeat;
import no.kompetansemidler.events.forum.OutcomeKind;
import no.kompetansemidler.events.round.RoundEvent;
import no.kompetansemidler.recorded.plan.ForumCompositions;

/**
 * Records a forum meeting's input. The members present are named at the meeting or taken from the county's forum
 * register. Members whose own network an item affects are recused from it (fvl. § 6). In a vote, each member votes
 * once, and only a member who may: not recused, not an observer or the secretariat (from the register), and a county
 * governor's representative only where the county's plan gives the county governor seats in the forum or does not
 * say (Troms' plan lists the forum's seats without the county governor, who is its secretariat there).
 */
public final class ForumDecider {

    /** The forum gives input on a drafted proposal. */
    public static final Map<Class<? extends RoundCommand>, Set<RoundStep>> STEPS = Map.of(
            RecordForumInput.class, Set.of(RoundStep.PROPOSAL_DRAFTED));

    private ForumDecider() {
    }

    /**
     * @param register the county's forum register: its members on the meeting day, by id
     */
    public static List<RoundEvent> record(RoundBasics round, ForumState forum, int proposalNumber,
                                         RecordForumInput command, Map<String, RegisteredMember> register) {
        Violations violations = new Violations();
        if (violations.present("meetingDate", command.meetingDate())) {
            // the forum meets about a budget year during it or in the year before (template in the autumn)
            violations.check(command.meetingDate().getYear() >= round.budgetYear() - 1
                            && command.meetingDate().getYear() <= round.budgetYear(), "meetingDate",
                    "within-budget-years", "the forum meets about " + round.budgetYear() + " in "
                            + (round.budgetYear() - 1) + " or " + round.budgetYear());
        }
        boolean named = !command.membersPresent().isEmpty();
        boolean registered = !command.memberIds().isEmpty();
        violations.check(named || registered, "membersPresent", "required",
                "name the members present, or give their ids in the forum's register (memberIds)");
        violations.check(!(named && registered), "memberIds", "one-way",
                "name the members present or give their register ids, not both");
        for (int i = 0; i < command.membersPresent().size(); i++) {
            violations.present("membersPresent[" + i + "].name", command.membersPresent().get(i).name());
            violations.present("membersPresent[" + i + "].organisation",
                    command.membersPresent().get(i).organisation());
        }
        for (int i = 0; i < command.memberIds().size(); i++) {
            String memberId = command.memberIds().get(i);
            violations.check(memberId != null && register.containsKey(memberId), "memberIds[" + i + "]",
                    "forum-member", memberId + " is not a member of the forum on " + command.meetingDate());
        }
        List<ForumMember> present = registered ? command.memberIds().stream().filter(register::containsKey)
                .map(register::get).map(member -> new ForumMember(member.name(), member.organisation(),
                        member.seat() == ForumSeat.COUNTY_GOVERNOR, null, member.memberId(), member.role()))
                .toList() : command.membersPresent();
        Map<String, ForumMember> members = present.stream().filter(member -> member.name() != null)
                .collect(Collectors.toMap(ForumMember::name, Function.identity(), (first, twin) -> first));
        violations.check(members.size() == present.size(), registered ? "memberIds" : "membersPresent", "unique",
                "each member is present once");
        violations.check(!command.items().isEmpty(), "items", "required", "record at least one item");
        for (int i = 0; i < command.items().size(); i++) {
            checkFields(command.items().get(i), "items[" + i + "]", members.keySet(), violations);
        }
        if (!command.recommendation().isEmpty()) {
            AllocationLines.check(command.recommendation(), "recommendation", violations);
        }
        violations.throwIfAny();
        if (!command.recommendation().isEmpty() && !recommends(round)) {
            throw new CommandRefused(Refusal.BUSINESS_RULE, "recommendation-not-in-plan", "The plan of "
                    + round.county() + " has the forum give input on the county governor's proposal, not a "
                    + "recommendation of its own; record its input in the items.", List.of(new Violation(
                    "recommendation", "recommendation-not-in-plan", "the county's plan gives the forum no "
                    + "recommendation")), Map.of());
        }

        List<ForumItem> items = new ArrayList<>();
        List<Violation> ineligible = new ArrayList<>();
        for (int i = 0; i < command.items().size(); i++) {
            AgendaItem item = command.items().get(i);
            int index = i;
            List<String> recused = present.stream()
                    .filter(member -> networksOf(member, register).stream()
                            .anyMatch(item.affectedNetworkIds()::contains))
                    .map(ForumMember::name).toList();
            if (item.outcome().kind() == OutcomeKind.VOTE) {
                votersOf(item.outcome()).forEach(voter -> whyNotVoting(members.get(voter), recused.contains(voter),
                        governorVotes(round)).ifPresent(why -> ineligible.add(new Violation(
                        "items[" + index + "].outcome", "eligible-voter", voter + why))));
            }
            items.add(new ForumItem(item.subject(), item.affectedNetworkIds(), recused, item.statements(),
                    item.requestedChanges(), item.outcome()));
        }
        if (!ineligible.isEmpty()) {
            throw new CommandRefused(Refusal.BUSINESS_RULE, "ineligible-voter",
                    "Only members who may vote do: not recused, not observers or the secretariat.", ineligible,
                    Map.of());
        }
        int meetingNumber = forum.meetings() + 1;
        List<RoundEvent> events = new ArrayList<>();
        events.add(new ForumInputRecorded(round.roundId(), meetingNumber, command.meetingDate(), proposalNumber,
                present, items));
        if (!command.recommendation().isEmpty()) {
            events.add(new ForumRecommended(round.roundId(), meetingNumber, proposalNumber,
                    command.recommendation()));
        }
        return events;
    }

    /** Whether the round's county's plan gives the forum the recommendation (innstilling), as Trøndelag's does. */
    public static boolean recommends(RoundBasics round) {
        return County.find(round.county()).map(county -> ForumCompositions.forumRecommends(county.slug()))
                .orElse(false);
    }

    /** The networks a member represents: from the register, or as named at the meeting. */
    private static List<String> networksOf(ForumMember member, Map<String, RegisteredMember> register) {
        if (member.memberId() != null && register.containsKey(member.memberId())) {
            return register.get(member.memberId()).networkIds();
        }
        return member.networkId() == null ? List.of() : List.of(member.networkId());
    }

    /** Why the member may not vote on the item, if not. */
    private static Optional<String> whyNotVoting(ForumMember member, boolean recused, boolean governorVotes) {
        if (recused) {
            return Optional.of(" is recused: the item affects their own partnership");
        }
        if (member.role() == ForumRole.OBSERVER || member.role() == ForumRole.SECRETARIAT) {
            return Optional.of(" takes part as " + member.role().name().toLowerCase(Locale.ROOT)
                    + ", without a vote");
        }
        if (member.countyGovernorRepresentative() && !governorVotes) {
            return Optional.of(" represents the county governor, whom the county's plan gives no seat in the "
                    + "forum");
        }
        return Optional.empty();
    }

    /** Whether the county governor's representatives vote: unless the county's plan lists the seats without them. */
    private static boolean governorVotes(RoundBasics round) {
        return County.find(round.county()).flatMap(county -> ForumCompositions.of(county.slug()))
                .map(seats -> seats.containsKey(ForumSeat.COUNTY_GOVERNOR)).orElse(true);
    }

    private static void checkFields(AgendaItem item, String field, Set<String> present, Violations violations) {
        violations.present(field + ".subject", item.subject());
        item.statements().forEach(statement -> violations.check(present.contains(statement.member()),
                field + ".statements", "member-present", statement.member() + " is not among the members present"));
        ForumOutcome outcome = item.outcome();
        if (!violations.present(field + ".outcome", outcome) || !violations.present(field + ".outcome.kind",
                outcome.kind())) {
            return;
        }
        violations.present(field + ".outcome.conclusion", outcome.conclusion());
        List<String> voters = votersOf(outcome);
        if (outcome.kind() == OutcomeKind.CONSENSUS) {
            violations.check(voters.isEmpty(), field + ".outcome", "no-votes-in-consensus",
                    "a consensus has no votes; record disagreement as dissent");
        } else {
            violations.check(!voters.isEmpty(), field + ".outcome", "votes-required", "a vote records the votes");
            violations.check(voters.stream().distinct().count() == voters.size(), field + ".outcome",
                    "one-vote-each", "each member votes once");
        }
        List<String> named = new ArrayList<>(voters);
        named.addAll(outcome.dissent());
        named.stream().filter(name -> !present.contains(name)).forEach(name -> violations.check(false,
                field + ".outcome", "member-present", name + " is not among the members present"));
    }

    private static List<String> votersOf(ForumOutcome outcome) {
        List<String> voters = new ArrayList<>(outcome.votesFor());
        voters.addAll(outcome.votesAgainst());
        voters.addAll(outcome.abstentions());
        return voters;
    }
}
