package no.kompetansemidler.eventstore.deadletter;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;

import no.kompetansemidler.eventstore.EventStoreSchema;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.DefaultDeadLetterStatementFactory;
import org.axonframework.serialization.Serializer;

/**
 * Axon's dead-letter statements, with the page of claimable rounds taken by {@code OFFSET}. Axon 4.13.0 pages by
 * sequence index instead (AxonFramework #4544, fixed after 4.13.0 by #4573), so only the ten least recently touched
 * rounds could ever be claimed: with ten rounds waiting for an administrator, a round that failed for a passing
 * reason would never be handed back. Remove this class with the Axon release that has the fix.
 */
final class PagedDeadLetterStatements extends DefaultDeadLetterStatementFactory<EventMessage<?>> {

    private final DeadLetterSchema schema;

    PagedDeadLetterStatements(Serializer serializer, Serializer eventSerializer) {
        super(DefaultDeadLetterStatementFactory.<EventMessage<?>>builder()
                .schema(EventStoreSchema.deadLetters())
                .genericSerializer(serializer)
                .eventSerializer(eventSerializer));
        this.schema = EventStoreSchema.deadLetters();
    }

    @Override
    public PreparedStatement claimableSequencesStatement(Connection connection, String processingGroup,
                                                         Instant processingStartedLimit, int offset, int maxSize)
            throws SQLException {
        String table = schema.deadLetterTable();
        String group = schema.processingGroupColumn();
        String sequence = schema.sequenceIdentifierColumn();
        String index = schema.sequenceIndexColumn();
        String started = schema.processingStartedColumn();
        PreparedStatement statement = connection.prepareStatement(
                "SELECT * FROM " + table + " dl WHERE dl." + group + " = ?"
                        + " AND dl." + index + " = (SELECT MIN(dl2." + index + ") FROM " + table + " dl2"
                        + " WHERE dl2." + group + " = dl." + group + " AND dl2." + sequence + " = dl." + sequence + ")"
                        + " AND (dl." + started + " IS NULL OR dl." + started + " < ?)"
                        + " ORDER BY dl." + schema.lastTouchedColumn() + " ASC, dl."
                        + schema.deadLetterIdentifierColumn() + " ASC LIMIT ? OFFSET ?");
        statement.setString(1, processingGroup);
        statement.setString(2, DateTimeUtils.formatInstant(processingStartedLimit));
        statement.setInt(3, maxSize);
        statement.setInt(4, offset);
        return statement;
    }
}
