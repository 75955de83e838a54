package no.kompetansemidler.query.testkit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import no.kompetansemidler.events.access.AccessGranted;
import no.kompetansemidler.events.access.HolderIds;
import no.kompetansemidler.events.access.GrantedRole;
import no.kompetansemidler.events.access.HolderKind;
import no.kompetansemidler.local.AccessRegistrar;
import no.kompetansemidler.local.LocalTokens;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Grants a person a role in the access register by writing the grant into the store, as the command service would
 * (query-service has no commands; its tests write their history straight into the store). A role the holder has
 * already is not granted again.
 */
public final class StoreRegistrar implements LocalTokens.Registrar {

    private final EventStore eventStore;
    private final HolderIds holderIds;

    public StoreRegistrar(EventStore eventStore, HolderIds holderIds) {
        this.eventStore = eventStore;
        this.holderIds = holderIds;
    }

    @Override
    public synchronized void grant(String identity, String role, String county, List<String> networks) {
        String holderId = holderIds.idOf(HolderKind.PERSON, identity);
        GrantedRole granted = GrantedRole.valueOf(role.toUpperCase(Locale.ROOT).replace('-', '_'));
        List<String> sorted = networks.stream().sorted().toList();
        DomainEventStream stream = eventStore.readEvents(holderId);
        long count = 0;
        while (stream.hasNext()) {
            if (stream.next().getPayload() instanceof AccessGranted existing && existing.role() == granted
                    && existing.county().equals(county) && existing.networkIds().equals(sorted)) {
                return;
            }
            count++;
        }
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
        eventStore.publish(new GenericDomainEventMessage<>("AccessHolder", holderId, count, new AccessGranted(
                holderId, holderId + "-" + (count + 1), HolderKind.PERSON, identity, county,
                AccessRegistrar.organisationOf(role, county), granted, sorted, null,
                today.minusDays(1), today.plusYears(2), "Test")));
    }
}
