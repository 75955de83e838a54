package no.kompetansemidler.eventstore.access;

import java.security.SecureRandom;

import no.kompetansemidler.events.access.HolderIds;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The installation's key for holder ids (ADR 25), kept in {@code personal_data.access_holder_key}: drawn by the
 * first instance to start, read by every later one, so all instances of both services compute the same ids.
 */
public final class HolderIdKey {

    private static final int BYTES = 32;

    private HolderIdKey() {
    }

    public static HolderIds load(JdbcTemplate jdbc) {
        byte[] drawn = new byte[BYTES];
        new SecureRandom().nextBytes(drawn);
        // the first writer wins; everyone reads what it wrote
        jdbc.update("INSERT INTO personal_data.access_holder_key (id, secret) VALUES (1, ?) ON CONFLICT (id) DO NOTHING",
                (Object) drawn);
        byte[] secret = jdbc.queryForObject("SELECT secret FROM personal_data.access_holder_key WHERE id = 1",
                byte[].class);
        return new HolderIds(secret);
    }
}
