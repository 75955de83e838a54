package no.kompetansemidler.events.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class AccessHoldersTest {

    private static final byte[] KEY = key(7);

    private static byte[] key(int fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return key;
    }

    @Test
    void a_holders_id_is_keyed_by_kind_and_identity_and_hides_the_identity() {
        String id = new HolderIds(KEY).idOf(HolderKind.PERSON, "05056612345");

        assertThat(id).isEqualTo(new HolderIds(key(7)).idOf(HolderKind.PERSON, "05056612345"))
                .doesNotContain("05056612345")
                .isNotEqualTo(new HolderIds(KEY).idOf(HolderKind.ORGANISATION, "05056612345"))
                .isNotEqualTo(new HolderIds(KEY).idOf(HolderKind.PERSON, "05056612346"));
        assertThat(AccessHolders.isHolderId(id)).isTrue();
    }

    @Test
    void without_the_installations_key_the_id_is_another() {
        assertThat(new HolderIds(key(8)).idOf(HolderKind.PERSON, "05056612345"))
                .isNotEqualTo(new HolderIds(KEY).idOf(HolderKind.PERSON, "05056612345"));
        assertThatThrownBy(() -> new HolderIds(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_grant_id_names_its_holders_stream() {
        String holder = new HolderIds(KEY).idOf(HolderKind.ORGANISATION, "910000004");

        assertThat(AccessHolders.holderOfGrant(holder + "-12")).isEqualTo(holder);
        assertThat(AccessHolders.holderOfGrant(holder + "-0")).isNull();
        assertThat(AccessHolders.holderOfGrant(holder)).isNull();
        assertThat(AccessHolders.holderOfGrant("innlandet-2027-1")).isNull();
        assertThat(AccessHolders.holderOfGrant(null)).isNull();
    }
}
