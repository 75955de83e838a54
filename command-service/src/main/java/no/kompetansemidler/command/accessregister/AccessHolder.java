package no.kompetansemidler.command.accessregister;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import no.kompetansemidler.command.handling.CommandOutcome;
import no.kompetansemidler.command.refusal.CommandRefused;
import no.kompetansemidler.command.refusal.Refusal;
import no.kompetansemidler.events.access.AccessGranted;
import no.kompetansemidler.events.access.AccessRevoked;
import no.kompetansemidler.events.access.GrantedRole;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One holder's grants in the access register: numbered in the order given, each revoked at most once. The same role
 * for the same county and networks is not granted twice while a grant of it is still good. A forum member's grant
 * that names a seat names one the county's forum register has sitting on the grant's first day.
 */
@Aggregate
public class AccessHolder {

    @AggregateIdentifier
    private String holderId;
    private final List<Held> grants = new ArrayList<>();

    private record Held(String grantId, String county, GrantedRole role, List<String> networkIds, LocalDate validUntil,
                        boolean revoked) {

        boolean goodOn(LocalDate day) {
            return !revoked && !validUntil.isBefore(day);
        }
    }

    protected AccessHolder() {
        // for Axon
    }

    /** @return the new grant's id */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    CommandOutcome handle(GrantRole command, ForumMembership forum) {
        command.expectedVersion().check(AggregateLifecycle.getVersion());
        if (command.forumMemberId() != null
                && !forum.sits(command.county(), command.forumMemberId(), command.validFrom())) {
            throw CommandRefused.because(Refusal.BUSINESS_RULE, "not-in-forum-register", command.county()
                    .officialName() + "'s forum register has no member " + command.forumMemberId() + " sitting on "
                    + command.validFrom() + ".");
        }
        for (Held held : grants) {
            if (held.goodOn(command.today()) && held.county().equals(command.county().slug())
                    && held.role() == command.role() && held.networkIds().equals(command.networkIds())) {
                throw CommandRefused.because(Refusal.CONFLICT, "already-granted", "The holder already has this "
                        + "role for " + command.county().officialName() + " (" + held.grantId() + ", until "
                        + held.validUntil() + "); revoke it first to change its period.");
            }
        }
        String grantId = command.holderId() + "-" + (grants.size() + 1);
        apply(new AccessGranted(command.holderId(), grantId, command.holderKind(), command.identity(),
                command.county().slug(), command.organisation(), command.role(), command.networkIds(), command.forumMemberId(),
                command.validFrom(), command.validUntil(), command.reason()));
        return CommandOutcome.done(grantId);
    }

    @CommandHandler
    CommandOutcome handle(RevokeGrant command) {
        command.expectedVersion().check(AggregateLifecycle.getVersion());
        Held held = grants.stream().filter(grant -> grant.grantId().equals(command.grantId())
                && grant.county().equals(command.county().slug())).findFirst()
                .orElseThrow(() -> noSuchGrant(command.grantId()));
        if (held.revoked()) {
            throw CommandRefused.because(Refusal.CONFLICT, "already-revoked", command.grantId()
                    + " is already revoked.");
        }
        if (held.validUntil().isBefore(command.today())) {
            throw CommandRefused.because(Refusal.BUSINESS_RULE, "grant-expired", command.grantId()
                    + " expired after " + held.validUntil() + " and authorises nothing already.");
        }
        apply(new AccessRevoked(command.holderId(), command.grantId(), held.county(), command.reason()));
        return CommandOutcome.done(command.grantId());
    }

    /** A grant of another county is answered as one that does not exist: ids reveal nothing across counties. */
    static CommandRefused noSuchGrant(String grantId) {
        return CommandRefused.because(Refusal.NOT_FOUND, "grant-not-found", "There is no grant " + grantId + ".");
    }

    @EventSourcingHandler
    void on(AccessGranted event) {
        holderId = event.holderId();
        grants.add(new Held(event.grantId(), event.county(), event.role(), event.networkIds(), event.validUntil(),
                false));
    }

    @EventSourcingHandler
    void on(AccessRevoked event) {
        grants.replaceAll(held -> held.grantId().equals(event.grantId())
                ? new Held(held.grantId(), held.county(), held.role(), held.networkIds(), held.validUntil(), true)
                : held);
    }
}
