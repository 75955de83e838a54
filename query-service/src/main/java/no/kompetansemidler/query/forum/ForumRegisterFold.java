package no.kompetansemidler.query.forum;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import no.kompetansemidler.events.forum.ForumMemberAppointed;
import no.kompetansemidler.events.forum.ForumRole;
import no.kompetansemidler.events.forum.ForumSeat;
import no.kompetansemidler.query.published.ForumAnswer;
import no.kompetansemidler.recorded.plan.ForumCompositions;
import no.kompetansemidler.recorded.plan.ForumRegisterOnFile;

/**
 * A county's forum register folded from its events, and compared on a day with the seats the county's plan gives
 * the forum: a seat short or over, a kind of seat the plan does not have, no chair or more than one.
 */
final class ForumRegisterFold {

    private ForumRegisterFold() {
    }

    static ForumAnswer of(String county, List<?> events, LocalDate on) {
        ForumRegisterOnFile register = new ForumRegisterOnFile();
        events.forEach(register::apply);
        List<ForumAnswer.Member> members = register.memberships().stream().map(membership -> {
            ForumMemberAppointed member = membership.appointment();
            return new ForumAnswer.Member(member.memberId(), member.name(), member.organisation(), member.seat(),
                    member.role(), member.networkIds(), member.termFrom(), member.termTo(), membership.endedOn(),
                    membership.endReason(), membership.activeOn(on));
        }).toList();

        Map<ForumSeat, Integer> filled = new EnumMap<>(ForumSeat.class);
        members.stream().filter(ForumAnswer.Member::active).filter(member -> member.role() != ForumRole.SECRETARIAT)
                .forEach(member -> filled.merge(member.seat(), 1, Integer::sum));
        Optional<Map<ForumSeat, Integer>> planned = ForumCompositions.of(county);
        List<ForumAnswer.Seat> seats = new ArrayList<>();
        List<ForumAnswer.Finding> findings = new ArrayList<>();
        for (ForumSeat seat : ForumSeat.values()) {
            int plan = planned.map(composition -> composition.getOrDefault(seat, 0)).orElse(0);
            int sitting = filled.getOrDefault(seat, 0);
            if (plan == 0 && sitting == 0) {
                continue;
            }
            seats.add(new ForumAnswer.Seat(seat, plan, sitting));
            if (planned.isPresent() && plan == 0) {
                findings.add(new ForumAnswer.Finding("seat-not-in-plan", seat.name(), sitting + " member(s) on a "
                        + "kind of seat the plan does not give the forum"));
            } else if (sitting < plan) {
                findings.add(new ForumAnswer.Finding("seat-short", seat.name(), sitting + " of the plan's " + plan
                        + " seat(s) filled"));
            } else if (sitting > plan && planned.isPresent()) {
                findings.add(new ForumAnswer.Finding("seat-over", seat.name(), sitting + " members on the plan's "
                        + plan + " seat(s)"));
            }
        }
        if (planned.isEmpty()) {
            findings.add(new ForumAnswer.Finding("no-seats-in-plan", county, "the county's plan lists no seats "
                    + "to compare the register with"));
        }
        long chairs = members.stream().filter(ForumAnswer.Member::active)
                .filter(member -> member.role() == ForumRole.CHAIR).count();
        if (chairs != 1) {
            findings.add(new ForumAnswer.Finding(chairs == 0 ? "no-chair" : "more-than-one-chair", county,
                    chairs + " chair(s) on " + on));
        }
        return new ForumAnswer(county, on, members, seats, findings);
    }
}
