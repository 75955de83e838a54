package no.kompetansemidler.command.forum.register;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import no.kompetansemidler.command.handling.CommandOutcome;
import no.kompetansemidler.command.kernel.County;
import no.kompetansemidler.command.refusal.CommandRefused;
import no.kompetansemidler.command.refusal.Refusal;
import no.kompetansemidler.events.forum.ForumMemberAppointed;
import no.kompetansemidler.events.forum.ForumMemberPersonalDataErased;
import no.kompetansemidler.events.forum.ForumMembershipEnded;
import no.kompetansemidler.events.personal.PersonalFields;
import no.kompetansemidler.eventstore.personal.PersonalDataErasure;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The register of one county's cooperation forum (samarbeidsforum, § 8): who sits in it, on which seat, in which
 * role, for which term, and for which networks (recusal). Whether the register fills the plan's seats is a finding
 * of the forum's view, never a refusal: a forum is sometimes short of a member.
 */
@Aggregate
public class ForumRegister {

    @AggregateIdentifier
    private String forumRegisterId;
    /** The members by id, with the first day of their term. */
    private final Map<String, LocalDate> termStarts = new TreeMap<>();
    /** The last day of each term that has one, or of a membership ended before its term did. */
    private final Map<String, LocalDate> lastDays = new TreeMap<>();
    private final Map<String, LocalDate> ended = new TreeMap<>();
    /** The members' names as the store opens them, for the erasure of the ones written at meetings. */
    private final Map<String, String> names = new TreeMap<>();
    private final Set<String> erased = new TreeSet<>();

    protected ForumRegister() {
        // for Axon
    }

    public static String idOf(County county) {
        return "forum-" + county.slug();
    }

    /** @return the new member's id */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    CommandOutcome handle(AppointForumMember command) {
        command.expectedVersion().check(AggregateLifecycle.getVersion());
        String memberId = command.county().slug() + "-forum-" + (termStarts.size() + 1);
        apply(new ForumMemberAppointed(command.county().slug(), memberId, command.name(), command.organisation(),
                command.seat(), command.role(), command.networkIds(), command.termFrom(), command.termTo()));
        return CommandOutcome.done(memberId);
    }

    @CommandHandler
    CommandOutcome handle(EndForumMembership command) {
        command.expectedVersion().check(AggregateLifecycle.getVersion());
        LocalDate started = termStarts.get(command.memberId());
        if (started == null) {
            throw CommandRefused.because(Refusal.NOT_FOUND, "member-not-found", command.county().officialName()
                    + "'s forum has no member " + command.memberId() + ".");
        }
        if (ended.containsKey(command.memberId())) {
            throw CommandRefused.because(Refusal.CONFLICT, "membership-ended", command.memberId() + " left the forum "
                    + "on " + ended.get(command.memberId()) + ".");
        }
        if (command.endedOn().isBefore(started)) {
            throw CommandRefused.because(Refusal.BUSINESS_RULE, "before-term-start", command.memberId()
                    + "'s term started on " + started + "; it cannot end before.");
        }
        apply(new ForumMembershipEnded(command.county().slug(), command.memberId(), command.endedOn(),
                command.reason()));
        return CommandOutcome.done();
    }

    /**
     * Erases a former member's personal data: the keys it is sealed under, the member's own (register id) and the
     * one of the name as written at meetings, go in the transaction that records the erasure. A member still
     * sitting cannot be erased: the register and the meetings need the name.
     */
    @CommandHandler
    CommandOutcome handle(EraseMemberPersonalData command, PersonalDataErasure erasure) {
        command.expectedVersion().check(AggregateLifecycle.getVersion());
        if (!termStarts.containsKey(command.memberId())) {
            throw CommandRefused.because(Refusal.NOT_FOUND, "member-not-found", command.county().officialName()
                    + "'s forum has no member " + command.memberId() + ".");
        }
        if (erased.contains(command.memberId())) {
            throw CommandRefused.because(Refusal.CONFLICT, "already-erased", command.memberId()
                    + "'s personal data is already erased.");
        }
        LocalDate lastDay = lastDays.get(command.memberId());
        if (lastDay == null || !lastDay.isBefore(command.today())) {
            throw CommandRefused.because(Refusal.BUSINESS_RULE, "member-still-sitting", command.memberId()
                    + " still sits in the forum" + (lastDay == null ? "" : " until " + lastDay)
                    + "; end the membership first.");
        }
        apply(new ForumMemberPersonalDataErased(command.county().slug(), command.memberId(), command.today(),
                command.reason()));
        erasure.erase(new PersonalFields.Owner(command.county().slug(), command.memberId()));
        erasure.erase(new PersonalFields.Owner(command.county().slug(), names.get(command.memberId())));
        return CommandOutcome.done();
    }

    @EventSourcingHandler
    void on(ForumMemberAppointed event) {
        forumRegisterId = idOf(County.find(event.county()).orElseThrow());
        termStarts.put(event.memberId(), event.termFrom());
        names.put(event.memberId(), event.name());
        if (event.termTo() != null) {
            lastDays.put(event.memberId(), event.termTo());
        }
    }

    @EventSourcingHandler
    void on(ForumMembershipEnded event) {
        ended.put(event.memberId(), event.endedOn());
        lastDays.merge(event.memberId(), event.endedOn(), (term, end) -> end.isBefore(term) ? end : term);
    }

    @EventSourcingHandler
    void on(ForumMemberPersonalDataErased event) {
        erased.add(event.memberId());
    }
}
