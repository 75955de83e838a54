package no.kompetansemidler.query.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

class RedirectedViewsTest {

    private final RedirectedViews views = new RedirectedViews(new SimpleDriverDataSource(), ViewSchemas.NEXT);

    @Test
    void the_live_schemas_tables_are_named_in_the_next_schema() {
        assertThat(views.redirect("""
                INSERT INTO query_service.round_view (round_id) VALUES (?)
                ON CONFLICT (round_id) DO UPDATE SET step = (SELECT step FROM query_service.round_view r)"""))
                .isEqualTo("""
                        INSERT INTO query_service_next.round_view (round_id) VALUES (?)
                        ON CONFLICT (round_id) DO UPDATE SET step = (SELECT step FROM query_service_next.round_view r)""");
    }

    @Test
    void the_event_store_the_quoted_live_schema_and_names_that_only_begin_alike_are_left_alone() {
        for (String sql : new String[] {
                "SELECT * FROM event_store.domain_event_entry WHERE payload_type = 'query_service.x'",
                "LOCK TABLE \"query_service\".round_view IN ACCESS EXCLUSIVE MODE",
                "SELECT * FROM query_service_next.round_view",
                "SELECT * FROM my_query_service.round_view",
                "SELECT tablename FROM pg_tables WHERE schemaname = 'query_service'"}) {
            assertThat(views.redirect(sql)).as(sql).isEqualTo(sql);
        }
    }
}
