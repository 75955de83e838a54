package no.kompetansemidler.command.forum;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import no.kompetansemidler.command.kernel.RoundBasics;
import no.kompetansemidler.command.kernel.RoundCommand;
import no.kompetansemidler.command.kernel.RoundStep;
import no.kompetansemidler.command.refusal.CommandRefused;
import no.kompetansemidler.command.refusal.Refusal;
import no.kompetansemidler.command.refusal.Violation;
import no.kompetansemidler.command.refusal.Violations;
import no.kompetansemidler.events.forum.ForumInputRecorded;
import no.kompetansemidler.events.forum.ForumItem;
import no.kompetansemidler.events.forum.ForumMember;
import no.kompetansemidler.events.forum.ForumOutcome;
import no.kompetansemidler.events.forum.OutcomeKind;
import no.kompetansemidler.events.round.RoundEvent;

/**
 * Records a forum meeting's input. Members whose own network an item affects are recused from it; in a vote only
 * members who are neither recused nor the county governor's representatives may vote, each once.
 */
public final class ForumDecider {

    /** The forum gives input on a drafted proposal. */
    public static final Map<Class<? extends RoundCommand>, Set<RoundStep>> STEPS = Map.of(
            RecordForumInput.class, Set.of(RoundStep.PROPOSAL_DRAFTED));

    private ForumDecider() {
    }

    public static List<RoundEvent> record(RoundBasics round, ForumState forum, int proposalNumber,
                                         RecordForumInput command) {
        Violations violations = new Violations();
        if (violations.present("meetingDate", command.meetingDate())) {
            // the forum meets about a budget year during it or in the year before (template in the autumn)
            violations.check(command.meetingDate().getYear() >= round.budgetYear() - 1
                            && command.meetingDate().getYear() <= round.budgetYear(), "meetingDate",
                    "within-budget-years", "the forum meets about " + round.budgetYear() + " in "
                            + (round.budgetYear() - 1) + " or " + round.budgetYear());
        }
        violations.check(!command.membersPresent().isEmpty(), "membersPresent", "required",
                "name the members present");
        for (int i = 0; i < command.membersPresent().size(); i++) {
            violations.present("membersPresent[" + i + "].name", command.membersPresent().get(i).name());
            violations.present("membersPresent[" + i + "].organisation",
                    command.membersPresent().get(i).organisation());
        }
        Map<String, ForumMember> members = command.membersPresent().stream().filter(member -> member.name() != null)
                .collect(Collectors.toMap(ForumMember::name, Function.identity(), (first, twin) -> first));
        violations.check(members.size() == command.membersPresent().size(), "membersPresent", "unique",
                "each member is named once");
        violations.check(!command.items().isEmpty(), "items", "required", "record at least one item");
        for (int i = 0; i < command.items().size(); i++) {
            checkFields(command.items().get(i), "items[" + i + "]", members.keySet(), violations);
        }
        violations.throwIfAny();

        List<ForumItem> items = new ArrayList<>();
        List<Violation> ineligible = new ArrayList<>();
        for (int i = 0; i < command.items().size(); i++) {
            AgendaItem item = command.items().get(i);
            int index = i;
            List<String> recused = command.membersPresent().stream()
                    .filter(member -> member.networkId() != null
                            && item.affectedNetworkIds().contains(member.networkId()))
                    .map(ForumMember::name).toList();
            if (item.outcome().kind() == OutcomeKind.VOTE) {
                votersOf(item.outcome()).stream()
                        .filter(voter -> members.get(voter).countyGovernorRepresentative() || recused.contains(voter))
                        .forEach(voter -> ineligible.add(new Violation("items[" + index + "].outcome",
                                "eligible-voter", voter + (recused.contains(voter)
                                ? " is recused: the item affects their own partnership"
                                : " represents the county governor, who does not vote"))));
            }
            items.add(new ForumItem(item.subject(), item.affectedNetworkIds(), recused, item.statements(),
                    item.requestedChanges(), item.outcome()));
        }
        if (!ineligible.isEmpty()) {
            throw new CommandRefused(Refusal.BUSINESS_RULE, "ineligible-voter",
                    "Only members who are neither recused nor the county governor's representatives vote.",
                    ineligible, Map.of());
        }
        return List.of(new ForumInputRecorded(round.roundId(), forum.meetings() + 1, command.meetingDate(),
                proposalNumber, command.membersPresent(), items));
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
