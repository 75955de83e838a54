package no.kompetansemidler.events.access;

import java.time.LocalDate;
import java.util.List;

import no.kompetansemidler.events.Copies;
import org.axonframework.serialization.Revision;

/**
 * The county governor granted a holder a role for a county (and, for representatives and partners, networks), for
 * a period, with the reason. The grant expires by itself after {@code validUntil}.
 *
 * @param identity      the person's identity from the login service (personal data, sealed in the store) or the
 *                      organisation number
 * @param organisation  the organisation the holder acts for in the role (a university, a municipality, a union),
 *                      which the actor of their commands carries, e.g. on a partner's co-signature
 * @param networkIds    the networks or partnerships the role is for; empty for forum members and auditors
 * @param forumMemberId the forum register's member a forum member's grant belongs to, or {@code null}
 * @param validFrom     the first day the grant is good for (Norwegian time)
 * @param validUntil    the last day the grant is good for
 */
@Revision("1")
public record AccessGranted(String holderId, String grantId, HolderKind holderKind, String identity, String county,
                            String organisation, GrantedRole role, List<String> networkIds, String forumMemberId, LocalDate validFrom,
                            LocalDate validUntil, String reason) implements AccessRegisterEvent {

    public AccessGranted {
        networkIds = Copies.list(networkIds);
    }
}
