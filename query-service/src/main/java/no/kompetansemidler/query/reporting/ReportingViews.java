package no.kompetansemidler.query.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import no.kompetansemidler.eventstore.personal.PersonalDataSeal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The stored reporting view, as the projection keeps it. */
@Component
public class ReportingViews {

    private static final String COLUMNS = """
            SELECT recipient_id, granted_ore, used_ore, unspent_ore, status, submission_number, overdue, assessment,
                   review_note, tranches, remarks
            FROM query_service.reporting_view""";

    private static final TypeReference<Map<String, Long>> TRANCHES = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, RecipientReporting.Remark>> REMARKS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final PersonalDataSeal personalData;

    ReportingViews(JdbcClient jdbc, JsonMapper json, PersonalDataSeal personalData) {
        this.jdbc = jdbc;
        this.json = json;
        this.personalData = personalData;
    }

    /** Every recipient of the round, in id order. */
    public List<RecipientReporting> of(String roundId) {
        return jdbc.sql(COLUMNS + " WHERE round_id = ? ORDER BY recipient_id").param(roundId)
                .query(this::recipient).list();
    }

    /** Whether the round was ever opened (the round view lists every round): else its reporting is not found. */
    public boolean roundExists(String roundId) {
        return jdbc.sql("SELECT count(*) FROM query_service.round_view WHERE round_id = ?").param(roundId)
                .query(Long.class).single() > 0;
    }

    public Optional<RecipientReporting> of(String roundId, String recipientId) {
        return jdbc.sql(COLUMNS + " WHERE round_id = ? AND recipient_id = ?").params(roundId, recipientId)
                .query(this::recipient).optional();
    }

    private RecipientReporting recipient(ResultSet row, int number) throws SQLException {
        PersonalDataSeal.Opening authors = personalData.opening();
        return new RecipientReporting(row.getString(1), row.getLong(2), (Long) row.getObject(3),
                (Long) row.getObject(4), row.getString(5), (Integer) row.getObject(6), row.getBoolean(7),
                row.getString(8) == null ? null : json.readTree(row.getString(8)), row.getString(9),
                new TreeMap<>(json.readValue(row.getString(10), TRANCHES)),
                new TreeMap<>(json.readValue(row.getString(11), REMARKS)).values().stream()
                        .sorted(Comparator.comparingInt(RecipientReporting.Remark::remarkNumber))
                        .map(remark -> remark.withAuthor(authors.value(remark.author()))).toList());
    }
}
