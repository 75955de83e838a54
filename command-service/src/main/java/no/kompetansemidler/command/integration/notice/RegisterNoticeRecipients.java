package no.kompetansemidler.command.integration.notice;

import java.time.Instant;
import java.util.List;

import no.kompetansemidler.command.integration.v1.PublishedV1.NoticeRecipient;
import no.kompetansemidler.events.register.NetworkRegistered;
import no.kompetansemidler.recorded.register.RecipientRegisterOnFile;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/** The notices' recipients from the county's register in the event store, as it stood at the notice's event. */
@Component
class RegisterNoticeRecipients implements NoticeRecipients {

    private final EventStore eventStore;

    RegisterNoticeRecipients(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public List<NoticeRecipient> resolve(String countySlug, List<String> networkIds, Instant asOf) {
        RecipientRegisterOnFile register = new RecipientRegisterOnFile();
        eventStore.readEvents(RecipientRegisterOnFile.streamOf(countySlug)).asStream()
                .filter(event -> !event.getTimestamp().isAfter(asOf))
                .forEach(event -> register.apply(event.getPayload()));
        return of(register, networkIds);
    }

    /** Each network by its grant holder in the register; one the register does not have, by its id alone. */
    static List<NoticeRecipient> of(RecipientRegisterOnFile register, List<String> networkIds) {
        return networkIds.stream().map(networkId -> register.network(networkId)
                .map(network -> recipient(register, network))
                .orElse(new NoticeRecipient(networkId, null, null, null))).toList();
    }

    private static NoticeRecipient recipient(RecipientRegisterOnFile register, NetworkRegistered network) {
        return new NoticeRecipient(network.networkId(), network.name(), network.grantHolder(), register
                .owner(network.grantHolder()).map(owner -> owner.registration().name()).orElse(null));
    }
}
