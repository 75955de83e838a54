package no.kompetansemidler.recorded.plan;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.kompetansemidler.events.forum.ForumMemberAppointed;
import no.kompetansemidler.events.forum.ForumMembershipEnded;

/**
 * A county's forum register as its events leave it: each appointment with the day it ended, if it did, and who sat
 * in the forum on a given day. The one fold of the register: a meeting takes its members from it, and the forum view
 * shows them with it.
 */
public final class ForumRegisterOnFile {

    /**
     * One appointment as it stands.
     *
     * @param endedOn the day the membership ended before its term did, if it did
     */
    public record Membership(ForumMemberAppointed appointment, LocalDate endedOn, String endReason) {

        /** Whether the member sat in the forum on the day: within the term, and not after it ended. */
        public boolean activeOn(LocalDate day) {
            return !day.isBefore(appointment.termFrom())
                    && (appointment.termTo() == null || !day.isAfter(appointment.termTo()))
                    && (endedOn == null || !day.isAfter(endedOn));
        }
    }

    private final Map<String, Membership> memberships = new LinkedHashMap<>();

    public void apply(Object event) {
        if (event instanceof ForumMemberAppointed appointment) {
            memberships.put(appointment.memberId(), new Membership(appointment, null, null));
        } else if (event instanceof ForumMembershipEnded end) {
            memberships.computeIfPresent(end.memberId(), (id, membership) ->
                    new Membership(membership.appointment(), end.endedOn(), end.reason()));
        }
    }

    /** Every appointment in the order made. */
    public List<Membership> memberships() {
        return List.copyOf(memberships.values());
    }

    /** The appointments active on the day, in the order made. */
    public List<Membership> activeOn(LocalDate day) {
        return memberships.values().stream().filter(membership -> membership.activeOn(day)).toList();
    }
}
