package no.kompetansemidler.query.allocation;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The stored allocation views, as the projection keeps them. */
@Component
public class AllocationViews {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AllocationViews(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<AllocationView> find(String roundId) {
        return jdbc.sql("SELECT document FROM query_service.allocation_view WHERE round_id = ?").param(roundId)
                .query(String.class).optional()
                .map(document -> json.readValue(document, AllocationView.class));
    }
}
