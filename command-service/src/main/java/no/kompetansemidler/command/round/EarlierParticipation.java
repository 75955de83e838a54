package no.kompetansemidler.command.round;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import no.kompetansemidler.events.decision.AllocationDecided;
import no.kompetansemidler.events.proposal.AllocationLine;
import no.kompetansemidler.events.round.RoundEvent;
import no.kompetansemidler.eventstore.EventStoreSchema;
import no.kompetansemidler.recorded.NeedsReportsOnFile;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Which owners the county's earlier rounds funded, for each needs report's "took part before" (§ 11). Every needs
 * report asks about the ten rounds before its own; reading their whole histories for each report made a report's cost
 * grow with the county's past. Each earlier round's answer is kept with the last sequence number it was read at, and
 * one query on the store's (aggregate, sequence) key asks for all ten rounds' last sequence numbers: a round read
 * again only when it has changed since (a later decision or withdrawal there), by this instance or another.
 */
final class EarlierParticipation {

    /** How many rounds' answers are kept: the ten years before each county's rounds in use, with room. */
    private static final int CAPACITY = 512;

    private final EventStore eventStore;
    private final JdbcClient jdbc;
    private final Map<String, Funded> rounds = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Funded> eldest) {
            return size() > CAPACITY;
        }
    };

    EarlierParticipation(EventStore eventStore, JdbcClient jdbc) {
        this.eventStore = eventStore;
        this.jdbc = jdbc;
    }

    /** What one round decided about owners, as of its last sequence number read. */
    record Funded(long lastSequence, boolean decided, Set<String> owners) {
    }

    /**
     * The answer for each of the rounds that has events, in the order asked; a round without events is left out.
     *
     * @param roundIds the rounds, most recent first
     */
    List<Funded> of(List<String> roundIds) {
        Map<String, Long> versions = lastSequences(roundIds);
        return roundIds.stream().filter(versions::containsKey)
                .map(roundId -> current(roundId, versions.get(roundId))).toList();
    }

    /** An owner's name as compared: case and spacing do not matter. */
    static String normalized(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private Funded current(String roundId, long version) {
        Funded known;
        synchronized (rounds) {
            known = rounds.get(roundId);
        }
        if (known != null && known.lastSequence() == version) {
            return known;
        }
        Funded read = read(roundId);
        synchronized (rounds) {
            rounds.merge(roundId, read, (old, fresh) -> fresh.lastSequence() >= old.lastSequence() ? fresh : old);
        }
        return read;
    }

    private Funded read(String roundId) {
        long last = -1;
        NeedsReportsOnFile reports = new NeedsReportsOnFile();
        List<AllocationDecided> decisions = new ArrayList<>();
        for (DomainEventStream events = eventStore.readEvents(roundId); events.hasNext(); ) {
            DomainEventMessage<?> event = events.next();
            last = event.getSequenceNumber();
            if (event.getPayload() instanceof RoundEvent roundEvent) {
                reports.apply(roundEvent);
                if (roundEvent instanceof AllocationDecided decided) {
                    decisions.add(decided);
                }
            }
        }
        // the reports as they stand after the round's last event, as the decisions' lines are read
        Set<String> owners = decisions.stream().flatMap(decided -> decided.lines().stream())
                .map(AllocationLine::needsReportId).filter(Objects::nonNull)
                .flatMap(id -> reports.get(id).stream())
                .flatMap(report -> report.content().owners().stream())
                .map(EarlierParticipation::normalized)
                .collect(Collectors.toCollection(TreeSet::new));
        return new Funded(last, !decisions.isEmpty(), Collections.unmodifiableSet(owners));
    }

    /** The last sequence number of each round that has events, in one query. */
    private Map<String, Long> lastSequences(List<String> roundIds) {
        Map<String, Long> versions = new TreeMap<>();
        if (roundIds.isEmpty()) {
            return versions;
        }
        EventSchema events = EventStoreSchema.events();
        jdbc.sql("SELECT " + events.aggregateIdentifierColumn() + ", max(" + events.sequenceNumberColumn() + ")"
                        + " FROM " + events.domainEventTable() + " WHERE " + events.aggregateIdentifierColumn()
                        + " IN (:ids) GROUP BY " + events.aggregateIdentifierColumn())
                .param("ids", roundIds)
                .query((RowCallbackHandler) row -> versions.put(row.getString(1), row.getLong(2)));
        return versions;
    }
}
