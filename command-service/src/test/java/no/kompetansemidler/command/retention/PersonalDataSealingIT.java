package no.kompetansemidler.command.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import no.kompetansemidler.command.CommandServiceHttpTest;
import no.kompetansemidler.events.forum.ForumInputRecorded;
import no.kompetansemidler.events.forum.ForumItem;
import no.kompetansemidler.events.forum.ForumMember;
import no.kompetansemidler.events.forum.ForumOutcome;
import no.kompetansemidler.events.forum.ForumRole;
import no.kompetansemidler.events.forum.OutcomeKind;
import no.kompetansemidler.events.forum.Statement;
import no.kompetansemidler.events.personal.PersonalFields;
import no.kompetansemidler.events.reporting.ReportRemarkRecorded;
import no.kompetansemidler.eventstore.personal.PersonalDataKeys;
import no.kompetansemidler.eventstore.personal.PersonalDataSeal;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The store's serializer on the real PostgreSQL (ADR 22): forum members' names and the acting user's subject are
 * stored sealed under each person's key and read back as written; erasing one person's key turns exactly their
 * values into {@code [slettet]}; a sealed value altered in the store is an error, not a silent erasure; values
 * stored before sealing began read as stored; the nightly retention erases the keys whose time has come.
 */
class PersonalDataSealingIT extends CommandServiceHttpTest {

    private static final ForumInputRecorded MEETING = new ForumInputRecorded("nordland-2044", 1,
            LocalDate.of(2044, 3, 10), 1, List.of(
                    new ForumMember("Åse Forseglet", "Bodø kommune", false, "salten", "nordland-forum-41",
                            ForumRole.MEMBER),
                    new ForumMember("Bjørn Besøkende", "Nord universitet", false, null)),
            List.of(new ForumItem("Fordeling", List.of("salten"), List.of("Åse Forseglet"),
                    List.of(new Statement("Bjørn Besøkende", "Greit.")), List.of(),
                    new ForumOutcome(OutcomeKind.VOTE, "Tilrådd", List.of("Bjørn Besøkende"), List.of(), List.of(),
                            List.of("Åse Forseglet")))));

    @Autowired
    Serializer serializer;
    @Autowired
    PersonalDataKeys keys;
    @Autowired
    PersonalDataRetention retention;
    @Autowired
    PersonalDataSeal seal;

    @Test
    void names_are_stored_sealed_read_back_as_written_and_an_erased_person_reads_slettet_only_where_named() {
        String stored = serializer.serialize(MEETING, String.class).getData();

        assertThat(stored).doesNotContain("Åse", "Forseglet", "Bjørn", "Besøkende")
                .contains("Bodø kommune", "Greit.", "Tilrådd");
        assertThat(read(stored)).isEqualTo(MEETING);

        keys.erase(new PersonalFields.Owner("nordland", "nordland-forum-41"));
        ForumInputRecorded erased = read(stored);
        assertThat(erased.membersPresent()).extracting(ForumMember::name)
                .containsExactly(PersonalFields.ERASED, "Bjørn Besøkende");
        assertThat(erased.items().get(0).recused()).containsExactly(PersonalFields.ERASED);
        assertThat(erased.items().get(0).outcome().dissent()).containsExactly(PersonalFields.ERASED);
        assertThat(erased.items().get(0).outcome().votesFor()).containsExactly("Bjørn Besøkende");
        assertThat(erased.items().get(0).statements().get(0).member()).isEqualTo("Bjørn Besøkende");
        assertThat(erased.membersPresent().get(0).organisation()).isEqualTo("Bodø kommune");
    }

    /**
     * The race ADR 22 once left open: a view opened a person's value just before their erasure committed and copies
     * it just after. The erasure is recorded in the emptied key's row, so the copy is erased too, and no new key is
     * made for it; a person named again later in a new event gets a new key, and the old values stay erased.
     */
    @Test
    void a_copy_made_after_the_persons_erasure_stays_erased_and_a_later_appearance_gets_a_new_key() {
        PersonalFields.Owner owner = new PersonalFields.Owner("nordland", "nordland-forum-race");
        String inEvent = seal.seal("Rask Raser", owner);
        String keyId = keyIdIn(inEvent);
        assertThat(seal.opening().value(seal.sealCopy("Rask Raser", owner))).isEqualTo("Rask Raser");

        assertThat(keys.erase(owner)).isTrue();
        assertThat(keys.erase(owner)).as("erased once").isFalse();
        assertThat(seal.sealCopy("Rask Raser", owner)).isEqualTo(PersonalFields.ERASED);
        assertThat(seal.opening().value(inEvent)).isEqualTo(PersonalFields.ERASED);
        assertThat(jdbc.sql("SELECT key_bytes IS NULL AND erased_on IS NOT NULL FROM personal_data.data_key"
                + " WHERE key_id = ?::uuid").param(keyId).query(Boolean.class).single()).isTrue();
        assertThat(retention.eraseExpired()).as("an erased key is not erased again").isZero();

        String namedAgain = seal.seal("Rask Raser", owner);
        assertThat(keyIdIn(namedAgain)).isNotEqualTo(keyId);
        assertThat(seal.opening().value(namedAgain)).isEqualTo("Rask Raser");
        assertThat(seal.opening().value(seal.sealCopy("Rask Raser", owner))).isEqualTo("Rask Raser");
        assertThat(seal.opening().value(inEvent)).isEqualTo(PersonalFields.ERASED);
    }

    /** A person named only before sealing began has no key, and no erasure: a view's copy gets them one. */
    @Test
    void a_person_never_sealed_gets_a_key_for_a_views_copy() {
        PersonalFields.Owner owner = new PersonalFields.Owner("nordland", "nordland-forum-before-sealing");
        String copy = seal.sealCopy("Eldre Navn", owner);
        assertThat(copy).startsWith("pd1:").doesNotContain("Eldre");
        assertThat(seal.opening().value(copy)).isEqualTo("Eldre Navn");
    }

    @Test
    void a_sealed_value_altered_in_the_store_is_an_error_and_a_value_stored_before_sealing_reads_as_stored() {
        String stored = serializer.serialize(MEETING, String.class).getData();
        // a character of the first sealed value's IV and ciphertext, after "pd1:<key id>:"
        int inside = stored.indexOf("pd1:") + 4 + 36 + 1 + 5;
        char flipped = stored.charAt(inside) == 'A' ? 'B' : 'A';
        String altered = stored.substring(0, inside) + flipped + stored.substring(inside + 1);
        assertThatThrownBy(() -> read(altered)).hasStackTraceContaining("was altered");

        String plain = MEETING_AS_STORED_BEFORE_SEALING;
        assertThat(read(plain).membersPresent().get(0).name()).isEqualTo("Eldre Lagret");
    }

    @Test
    void a_remarks_author_is_sealed_under_the_same_key_as_the_subject_in_the_metadata() {
        ReportRemarkRecorded remark = new ReportRemarkRecorded("nordland-2044", "salten", 1, 1,
                "forum-member-remark-probe", "Nord universitet", "forum-member", "Mangler regnskap.");
        String stored = serializer.serialize(remark, String.class).getData();
        String metadata = serializer.serialize(MetaData.with("actorSubject", "forum-member-remark-probe"),
                String.class).getData();

        assertThat(stored).doesNotContain("forum-member-remark-probe").contains("Mangler regnskap.");
        assertThat(keyIdIn(stored)).isEqualTo(keyIdIn(metadata));
        assertThat((ReportRemarkRecorded) serializer.deserialize(new SimpleSerializedObject<>(stored, String.class,
                ReportRemarkRecorded.class.getName(), "1"))).isEqualTo(remark);
    }

    private static String keyIdIn(String stored) {
        return stored.substring(stored.indexOf("pd1:") + 4, stored.indexOf("pd1:") + 40);
    }

    @Test
    void the_actors_subject_is_sealed_in_the_metadata_and_erased_by_the_retention_when_its_time_has_come() {
        MetaData metaData = MetaData.from(Map.of("actorSubject", "caseworker-retention-probe",
                "actorRole", "administrator"));
        String stored = serializer.serialize(metaData, String.class).getData();
        assertThat(stored).doesNotContain("caseworker-retention-probe").contains("administrator");
        assertThat(readMetaData(stored).get("actorSubject")).isEqualTo("caseworker-retention-probe");

        // ten years after the year the subject last acted in; moved back to yesterday as if that time had passed
        String keyId = keyIdIn(stored);
        assertThat(jdbc.sql("SELECT erase_after FROM personal_data.data_key WHERE key_id = ?::uuid").param(keyId)
                .query(LocalDate.class).single()).isEqualTo(LocalDate.of(LocalDate.now().getYear() + 10, 12, 31));
        jdbc.sql("UPDATE personal_data.data_key SET erase_after = ? WHERE key_id = ?::uuid")
                .params(LocalDate.now().minusDays(1), keyId).update();

        assertThat(retention.eraseExpired()).isEqualTo(1);
        assertThat(readMetaData(stored).get("actorSubject")).isEqualTo(PersonalFields.ERASED);
        assertThat(readMetaData(stored).get("actorRole")).isEqualTo("administrator");
    }

    private ForumInputRecorded read(String stored) {
        SerializedObject<String> serialized = new SimpleSerializedObject<>(stored, String.class,
                ForumInputRecorded.class.getName(), "2");
        return serializer.deserialize(serialized);
    }

    private MetaData readMetaData(String stored) {
        return serializer.deserialize(new SimpleSerializedObject<>(stored, String.class, MetaData.class.getName(),
                null));
    }

    private static final String MEETING_AS_STORED_BEFORE_SEALING = """
            {"roundId": "nordland-2044", "meetingNumber": 2, "meetingDate": "2044-04-10", "proposalNumber": 1,
             "membersPresent": [{"name": "Eldre Lagret", "organisation": "Bodø kommune",
               "countyGovernorRepresentative": false, "networkId": null, "memberId": null, "role": null}],
             "items": []}""";
}
