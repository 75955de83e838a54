package no.kompetansemidler.eventstore.chain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

import no.kompetansemidler.eventstore.EventStoreSchema;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Walks the stored history and checks its chain (ADR 20): each event's {@code chain_hash} is the SHA-256 of its
 * stored form with the hash of the event before it in its stream, as the database computed it when the event was
 * appended ({@code db/event-store/V3__history_chain.sql} computes the same link). The first event whose stored bytes
 * no longer give its hash, a sequence number skipped (an event removed) and an event never sealed are reported with
 * their position; the head is the last hash of the stream, for comparison with one published earlier.
 */
public final class HistoryChain {

    private static final HexFormat HEX = HexFormat.of();
    private static final String COLUMNS = "global_index, aggregate_identifier, sequence_number, type, event_identifier, "
            + "time_stamp, payload_type, payload_revision, payload, meta_data, chain_hash";

    private HistoryChain() {
    }

    /** One stored event, as the chain reads it. */
    public record StoredEvent(long globalIndex, String aggregateIdentifier, long sequenceNumber, String type,
                              String eventIdentifier, String timeStamp, String payloadType, String payloadRevision,
                              String payload, String metaData, String chainHash) {
    }

    /**
     * Where the chain first breaks.
     *
     * @param problem {@code altered} (its stored bytes, or the chain before it, no longer give its hash),
     *                {@code missing-before} (the sequence skips: an event before it was removed) or {@code unsealed}
     *                (it has no chain hash)
     */
    public record Break(long globalIndex, String aggregateIdentifier, long sequenceNumber, String problem) {
    }

    /**
     * @param events     how many events were walked
     * @param head       the last chain hash of the stream walked (of the last stream, for the whole store)
     * @param firstBreak where the chain first breaks, in global order of the walk; {@code null} when intact
     */
    public record Verification(long events, String head, Break firstBreak) {

        public boolean intact() {
            return firstBreak == null;
        }
    }

    /** The chain hash of an event following the one whose hash is {@code previous} ({@code null} for the first). */
    public static String link(String previous, StoredEvent event) {
        String input = (previous == null ? "-" : previous) + "|"
                + counted(event.aggregateIdentifier()) + "|"
                + event.sequenceNumber() + "|"
                + (event.type() == null ? "-" : counted(event.type())) + "|"
                + counted(event.eventIdentifier()) + "|"
                + counted(event.timeStamp()) + "|"
                + counted(event.payloadType()) + "|"
                + (event.payloadRevision() == null ? "-" : counted(event.payloadRevision())) + "|"
                + sha256(event.payload()) + "|"
                + (event.metaData() == null ? "-" : sha256(event.metaData()));
        return sha256(input);
    }

    /** Walks one stream (a round, a grant, a register) in sequence order. */
    public static Verification verifyStream(JdbcTemplate jdbc, String aggregateIdentifier) {
        return walk(jdbc, "SELECT " + COLUMNS + " FROM " + EventStoreSchema.NAME + ".domain_event_entry"
                + " WHERE aggregate_identifier = ? ORDER BY sequence_number", aggregateIdentifier);
    }

    /** Walks the whole store, stream by stream; the first break is the first found in that order. */
    public static Verification verifyAll(JdbcTemplate jdbc) {
        return walk(jdbc, "SELECT " + COLUMNS + " FROM " + EventStoreSchema.NAME + ".domain_event_entry"
                + " ORDER BY aggregate_identifier, sequence_number");
    }

    private static Verification walk(JdbcTemplate jdbc, String sql, Object... arguments) {
        Walk walk = new Walk();
        jdbc.query(connection -> {
            var statement = connection.prepareStatement(sql);
            statement.setFetchSize(1_000);
            for (int i = 0; i < arguments.length; i++) {
                statement.setObject(i + 1, arguments[i]);
            }
            return statement;
        }, row -> {
            walk.next(new StoredEvent(row.getLong(1), row.getString(2), row.getLong(3), row.getString(4),
                    row.getString(5), row.getString(6), row.getString(7), row.getString(8), row.getString(9),
                    row.getString(10), row.getString(11)));
        });
        return new Verification(walk.events, walk.previous, walk.firstBreak);
    }

    /** The walk's state: the stream it is in, the hash before, and what it found. */
    private static final class Walk {

        private long events;
        private String stream;
        private long expectedSequence;
        private String previous;
        private Break firstBreak;

        void next(StoredEvent event) {
            events++;
            if (!Objects.equals(stream, event.aggregateIdentifier())) {
                stream = event.aggregateIdentifier();
                // a stream begins at 0: one that begins later lost its first events
                expectedSequence = 0;
                previous = null;
            }
            Optional<String> problem = Optional.empty();
            if (event.sequenceNumber() != expectedSequence) {
                problem = Optional.of("missing-before");
            } else if (event.chainHash() == null) {
                problem = Optional.of("unsealed");
            } else if (!event.chainHash().equals(link(previous, event))) {
                problem = Optional.of("altered");
            }
            if (problem.isPresent() && firstBreak == null) {
                firstBreak = new Break(event.globalIndex(), event.aggregateIdentifier(), event.sequenceNumber(),
                        problem.get());
            }
            previous = event.chainHash();
            expectedSequence = event.sequenceNumber() + 1;
        }
    }

    private static String counted(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length + ":" + text;
    }

    private static String sha256(String text) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java platform has SHA-256", impossible);
        }
    }
}
