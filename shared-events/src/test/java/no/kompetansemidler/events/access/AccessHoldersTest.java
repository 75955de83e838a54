package no.kompetansemidler.events.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccessHoldersTest {

    @Test
    void a_holders_id_is_a_hash_of_kind_and_identity_that_hides_the_identity() {
        String id = AccessHolders.idOf(HolderKind.PERSON, "05056612345");

        assertThat(id).isEqualTo(AccessHolders.idOf(HolderKind.PERSON, "05056612345"))
                .doesNotContain("05056612345")
                .isNotEqualTo(AccessHolders.idOf(HolderKind.ORGANISATION, "05056612345"))
                .isNotEqualTo(AccessHolders.idOf(HolderKind.PERSON, "05056612346"));
        assertThat(AccessHolders.isHolderId(id)).isTrue();
    }

    @Test
    void a_grant_id_names_its_holders_stream() {
        String holder = AccessHolders.idOf(HolderKind.ORGANISATION, "910000004");

        assertThat(AccessHolders.holderOfGrant(holder + "-12")).isEqualTo(holder);
        assertThat(AccessHolders.holderOfGrant(holder + "-0")).isNull();
        assertThat(AccessHolders.holderOfGrant(holder)).isNull();
        assertThat(AccessHolders.holderOfGrant("innlandet-2027-1")).isNull();
        assertThat(AccessHolders.holderOfGrant(null)).isNull();
    }
}
