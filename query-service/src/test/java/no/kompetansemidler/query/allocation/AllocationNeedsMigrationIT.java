package no.kompetansemidler.query.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import no.kompetansemidler.testsupport.RealServers;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Migration V15 on views stored before it: each document's needs reports become rows of their own, as the
 * projection now writes them, and leave the document; the rest of the document stays as it was.
 */
class AllocationNeedsMigrationIT {

    private static final String LOCATIONS = "classpath:db/query-service";

    @Test
    void needs_reports_stored_in_a_document_move_to_rows_and_the_rest_stays() {
        RealServers.Servers servers = RealServers.get();
        DriverManagerDataSource dataSource = new DriverManagerDataSource(RealServers.newDatabase("v15"),
                servers.username(), servers.password());
        Flyway.configure().dataSource(dataSource).schemas("query_service").createSchemas(true).locations(LOCATIONS)
                .target("14").load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        jdbc.sql("""
                        INSERT INTO query_service.allocation_view (round_id, last_sequence, document) VALUES
                        ('nordland-2026', 3, CAST(? AS JSONB)), ('troms-2027', 0, CAST(? AS JSONB))""")
                .params("""
                        {"roundId": "nordland-2026", "lastSequence": 3, "needsReports": {
                           "r-1": {"networkId": "n-1", "targetGroup": "SCHOOL", "requestedOre": 150, "withdrawn": false},
                           "r-2": {"networkId": "n-2", "targetGroup": "BOTH", "requestedOre": 70, "withdrawn": true,
                                   "continues": "nordland-2025/r-9", "coveredByTrancheOre": 40}},
                         "withdrawals": []}""",
                        """
                        {"roundId": "troms-2027", "lastSequence": 0, "needsReports": {}}""")
                .update();

        Flyway.configure().dataSource(dataSource).schemas("query_service").locations(LOCATIONS).load().migrate();

        assertThat(jdbc.sql("""
                        SELECT round_id, report_id, network_id, target_group, requested_ore, withdrawn, continues,
                               covered_by_tranche_ore
                        FROM query_service.allocation_view_needs ORDER BY round_id, report_id""")
                .query().listOfRows()).containsExactly(
                row("nordland-2026", "r-1", "n-1", "SCHOOL", 150L, false, null, null),
                row("nordland-2026", "r-2", "n-2", "BOTH", 70L, true, "nordland-2025/r-9", 40L));
        assertThat(jdbc.sql("SELECT document::text FROM query_service.allocation_view ORDER BY round_id")
                .query(String.class).list()).containsExactly(
                "{\"roundId\": \"nordland-2026\", \"withdrawals\": [], \"lastSequence\": 3}",
                "{\"roundId\": \"troms-2027\", \"lastSequence\": 0}");
    }

    private static Map<String, Object> row(Object... values) {
        List<String> columns = List.of("round_id", "report_id", "network_id", "target_group", "requested_ore",
                "withdrawn", "continues", "covered_by_tranche_ore");
        Map<String, Object> row = new java.util.LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            row.put(columns.get(i), values[i]);
        }
        return row;
    }
}
