package no.kompetansemidler.eventstore.access;

import java.util.ArrayList;
import java.util.List;

import no.kompetansemidler.access.AccessRegister;
import no.kompetansemidler.access.Role;
import no.kompetansemidler.events.access.AccessGranted;
import no.kompetansemidler.events.access.HolderIds;
import no.kompetansemidler.events.access.AccessRevoked;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * The access register read from its events: one holder's stream, found by the keyed hash of their identity (an indexed
 * read of a handful of events), so resolution waits for no projection and sees a grant as soon as it is committed.
 * Both services read it through their cache (ADR 25).
 */
public final class EventStoreAccessRegister implements AccessRegister {

    private final EventStore eventStore;
    private final HolderIds holderIds;

    public EventStoreAccessRegister(EventStore eventStore, HolderIds holderIds) {
        this.eventStore = eventStore;
        this.holderIds = holderIds;
    }

    @Override
    public List<Grant> grantsOf(HolderKind kind, String identity) {
        // the events name the kind as access-control does
        String holderId = holderIds.idOf(no.kompetansemidler.events.access.HolderKind.valueOf(kind.name()), identity);
        List<Grant> grants = new ArrayList<>();
        DomainEventStream stream = eventStore.readEvents(holderId);
        while (stream.hasNext()) {
            Object event = stream.next().getPayload();
            if (event instanceof AccessGranted granted) {
                grants.add(new Grant(granted.grantId(), Role.valueOf(granted.role().name()), granted.county(),
                        granted.organisation(), granted.networkIds(), granted.validFrom(), granted.validUntil(),
                        false));
            } else if (event instanceof AccessRevoked revoked) {
                grants.replaceAll(grant -> grant.grantId().equals(revoked.grantId())
                        ? new Grant(grant.grantId(), grant.role(), grant.county(), grant.organisation(),
                        grant.networks(), grant.validFrom(), grant.validUntil(), true) : grant);
            }
        }
        return grants;
    }
}
