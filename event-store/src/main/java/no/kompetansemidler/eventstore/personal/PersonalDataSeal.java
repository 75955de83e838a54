package no.kompetansemidler.eventstore.personal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import no.kompetansemidler.events.personal.PersonalFields;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Seals a personal value under its person's key and opens it again (ADR 22). A sealed value is the text
 * {@code pd1:<key id>:<base64url of IV and AES-GCM ciphertext>}; the key id is bound to the ciphertext, so a value
 * cannot be moved under another key. A value whose key was erased opens as {@link PersonalFields#ERASED}; a value
 * stored before sealing began (plain text) opens as itself.
 */
public class PersonalDataSeal {

    static final String PREFIX = "pd1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    /** Ten years after the end of the last year a person appears in (ADR 22's retention). */
    private static final int RETENTION_YEARS = 10;

    private final PersonalDataKeys keys;
    private final Clock clock;

    public PersonalDataSeal(PersonalDataKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /** The value sealed under its person's key, which is made on first use: for an event being appended. */
    public String seal(String value, PersonalFields.Owner owner) {
        if (value.equals(PersonalFields.ERASED)) {
            return value; // an erased value written again (a dead letter) gets no new key
        }
        return sealed(value, keys.keyOf(owner,
                LocalDate.of(LocalDate.now(clock).getYear() + RETENTION_YEARS, 12, 31)));
    }

    /**
     * The value sealed under its person's key, for a copy kept in a view. A value already erased stays erased, and
     * so does the copy of a person erased since the view read the value: a view that opened an event just before
     * the erasure committed and writes just after finds the erasure recorded ({@link PersonalDataKeys#erased}). A
     * person without a key (named in an event stored before sealing began) gets one, so the copy reads as the
     * event does.
     */
    public String sealCopy(String value, PersonalFields.Owner owner) {
        Optional<PersonalDataKeys.DataKey> key = keys.existingKeyOf(owner);
        if (key.isPresent()) {
            return sealed(value, key.get());
        }
        return keys.erased(owner) ? PersonalFields.ERASED : seal(value, owner);
    }

    /**
     * The IV is derived from the key and the value (HMAC-SHA256), so one value under one key is always sealed the
     * same way: a view rebuilt from the events stores the same bytes, and no IV is ever used for two values.
     */
    private static String sealed(String value, PersonalDataKeys.DataKey key) {
        byte[] plain = value.getBytes(StandardCharsets.UTF_8);
        byte[] iv = Arrays.copyOf(hmac(key.bytes(), plain), IV_BYTES);
        byte[] sealed = cipher(Cipher.ENCRYPT_MODE, key.bytes(), iv, key.id()).doFinalOf(plain);
        return PREFIX + key.id() + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(
                ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
    }

    private static byte[] hmac(byte[] key, byte[] value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(value);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** A reading of sealed values: a key recurring within it is looked up once. */
    public Opening opening() {
        return new Opening();
    }

    /** Opens sealed values for one answer, one stored document or one event; each key is looked up once in it. */
    public final class Opening {

        private final Map<UUID, Optional<byte[]>> found = new HashMap<>();

        private Opening() {
        }

        /** Opens every personal field of a stored event's payload (in place). */
        public void payload(String payloadType, ObjectNode payload) {
            PersonalFields.open(payloadType, payload, this::value);
        }

        /** Opens the actor's subject in stored metadata (in place). */
        public void metadata(JsonNode metadata) {
            actorSubject(metadata, this::value);
        }

        /** Opens one sealed value, e.g. one kept in a view (see {@link #sealCopy}). */
        public String value(String stored) {
            return open(stored, found);
        }
    }

    /** Seals the actor's subject in metadata about to be stored (in place), under the subject's own key. */
    public void sealMetadata(JsonNode metadata) {
        actorSubject(metadata, subject -> seal(subject, new PersonalFields.Owner(PersonalFields.ACTORS, subject)));
    }

    private static void actorSubject(JsonNode metadata, UnaryOperator<String> replacement) {
        if (metadata instanceof ObjectNode object && object.get(PersonalFields.ACTOR_SUBJECT) != null
                && object.get(PersonalFields.ACTOR_SUBJECT).isString()) {
            object.put(PersonalFields.ACTOR_SUBJECT,
                    replacement.apply(object.get(PersonalFields.ACTOR_SUBJECT).asString()));
        }
    }

    /** @param found the keys looked up so far in this reading, so a person who recurs costs one query */
    private String open(String stored, Map<UUID, Optional<byte[]>> found) {
        if (!stored.startsWith(PREFIX)) {
            return stored;
        }
        int colon = stored.indexOf(':', PREFIX.length());
        UUID keyId = UUID.fromString(stored.substring(PREFIX.length(), colon));
        Optional<byte[]> key = found.computeIfAbsent(keyId, keys::find);
        if (key.isEmpty()) {
            return PersonalFields.ERASED;
        }
        byte[] sealed = Base64.getUrlDecoder().decode(stored.substring(colon + 1));
        byte[] iv = Arrays.copyOfRange(sealed, 0, IV_BYTES);
        return new String(cipher(Cipher.DECRYPT_MODE, key.get(), iv, keyId)
                .doFinalOf(Arrays.copyOfRange(sealed, IV_BYTES, sealed.length)), StandardCharsets.UTF_8);
    }

    private static GcmCipher cipher(int mode, byte[] key, byte[] iv, UUID keyId) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(keyId.toString().getBytes(StandardCharsets.US_ASCII));
            return input -> {
                try {
                    return cipher.doFinal(input);
                } catch (GeneralSecurityException e) {
                    throw new IllegalStateException("a sealed personal value does not open under its key " + keyId
                            + ": the stored value was altered", e);
                }
            };
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    @FunctionalInterface
    private interface GcmCipher {
        byte[] doFinalOf(byte[] input);
    }
}
