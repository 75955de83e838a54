package no.kompetansemidler.eventstore.personal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import no.kompetansemidler.events.personal.PersonalFields;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The persons' data keys (ADR 22), in the transaction of whoever calls: a key made while appending an event commits
 * or rolls back with the event, and an erasure with the event that records it.
 */
public class PersonalDataKeys implements PersonalDataErasure {

    /** A person's key. */
    public record DataKey(UUID id, byte[] bytes) {
    }

    private static final String TABLE = "personal_data.data_key";
    private static final int KEY_BYTES = 32;

    private final JdbcTemplate jdbc;
    private final SecureRandom random = new SecureRandom();

    public PersonalDataKeys(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The person's key, made on first use; its erasure date moves to {@code eraseAfter} if that is later.
     * Concurrent first uses get the same key (the subject is unique per scope). A person whose key was erased and
     * who is named again gets a new key: what was sealed under the old one stays erased.
     */
    public DataKey keyOf(PersonalFields.Owner owner, LocalDate eraseAfter) {
        String subjectHash = subjectHash(owner);
        List<DataKey> current = jdbc.query("SELECT key_id, key_bytes FROM " + TABLE
                        + " WHERE scope = ? AND subject_hash = ? AND erase_after >= ? AND key_bytes IS NOT NULL",
                (row, n) -> new DataKey(row.getObject("key_id", UUID.class), row.getBytes("key_bytes")),
                owner.scope(), subjectHash, Date.valueOf(eraseAfter));
        if (!current.isEmpty()) {
            return current.get(0);
        }
        byte[] fresh = new byte[KEY_BYTES];
        random.nextBytes(fresh);
        // every expression of the update reads the row as it was: an erased row takes the new key, id and date
        return jdbc.queryForObject("INSERT INTO " + TABLE + " (key_id, scope, subject_hash, key_bytes, erase_after)"
                        + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (scope, subject_hash) DO UPDATE SET"
                        + " key_id = CASE WHEN data_key.key_bytes IS NULL THEN EXCLUDED.key_id"
                        + " ELSE data_key.key_id END,"
                        + " erase_after = CASE WHEN data_key.key_bytes IS NULL THEN EXCLUDED.erase_after"
                        + " ELSE GREATEST(data_key.erase_after, EXCLUDED.erase_after) END,"
                        + " key_bytes = COALESCE(data_key.key_bytes, EXCLUDED.key_bytes),"
                        + " erased_on = CASE WHEN data_key.key_bytes IS NULL THEN NULL ELSE data_key.erased_on END"
                        + " RETURNING key_id, key_bytes",
                (row, n) -> new DataKey(row.getObject("key_id", UUID.class), row.getBytes("key_bytes")),
                UUID.randomUUID(), owner.scope(), subjectHash, fresh, Date.valueOf(eraseAfter));
    }

    /** The person's key if they have one: never made here, so an erased person stays erased. */
    public Optional<DataKey> existingKeyOf(PersonalFields.Owner owner) {
        return jdbc.query("SELECT key_id, key_bytes FROM " + TABLE
                        + " WHERE scope = ? AND subject_hash = ? AND key_bytes IS NOT NULL",
                (row, n) -> new DataKey(row.getObject("key_id", UUID.class), row.getBytes("key_bytes")),
                owner.scope(), subjectHash(owner)).stream().findFirst();
    }

    /** Whether the person's key was erased and they have had no new one since. */
    public boolean erased(PersonalFields.Owner owner) {
        return !jdbc.queryForList("SELECT 1 FROM " + TABLE
                + " WHERE scope = ? AND subject_hash = ? AND key_bytes IS NULL", Integer.class,
                owner.scope(), subjectHash(owner)).isEmpty();
    }

    /** The key by its id, unless it was erased. */
    public Optional<byte[]> find(UUID keyId) {
        return jdbc.query("SELECT key_bytes FROM " + TABLE + " WHERE key_id = ? AND key_bytes IS NOT NULL",
                (row, n) -> row.getBytes("key_bytes"), keyId).stream().findFirst();
    }

    /**
     * Every value sealed under the person's key is unreadable from now on. The key is emptied, not deleted: the
     * row says the person was erased (on the database's day), so no copy made later gets them a new key
     * ({@link #erased}).
     *
     * @return whether the person had a key to erase
     */
    @Override
    public boolean erase(PersonalFields.Owner owner) {
        return jdbc.update("UPDATE " + TABLE + " SET key_bytes = NULL, erased_on = CURRENT_DATE"
                + " WHERE scope = ? AND subject_hash = ? AND key_bytes IS NOT NULL",
                owner.scope(), subjectHash(owner)) > 0;
    }

    /** Erases every key whose retention ended before the day. @return how many */
    public int eraseExpired(LocalDate today) {
        return jdbc.update("UPDATE " + TABLE + " SET key_bytes = NULL, erased_on = ?"
                + " WHERE erase_after < ? AND key_bytes IS NOT NULL", Date.valueOf(today), Date.valueOf(today));
    }

    static String subjectHash(PersonalFields.Owner owner) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((owner.scope() + "\n" + owner.subject()).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
