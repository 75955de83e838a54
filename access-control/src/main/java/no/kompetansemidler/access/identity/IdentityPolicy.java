package no.kompetansemidler.access.identity;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import no.kompetansemidler.access.Role;

/**
 * How identities become actors, as configured for an installation.
 *
 * @param assuranceLevels     the person issuer's {@code acr} values, lowest first; a value not listed is below all
 * @param requiredAssurance   the lowest level each register role needs; a role not listed needs the lowest level
 * @param staffOrganisation   the name the staff's actor carries as organisation, e.g. {@code Statsforvalteren}
 * @param administratorGroups staff group id to the county (slug) its members administer
 * @param auditorGroups       staff group id to the county (slug, or {@code *} for every county) its members audit
 * @param systemScopes        a system token's scope to the role it gives (republisher, national overview reader)
 */
public record IdentityPolicy(List<String> assuranceLevels, Map<Role, String> requiredAssurance,
                             String staffOrganisation, Map<String, String> administratorGroups,
                             Map<String, String> auditorGroups, Map<String, Role> systemScopes) {

    public IdentityPolicy {
        assuranceLevels = List.copyOf(assuranceLevels);
        requiredAssurance = new TreeMap<>(requiredAssurance);
        administratorGroups = new TreeMap<>(administratorGroups);
        auditorGroups = new TreeMap<>(auditorGroups);
        systemScopes = new TreeMap<>(systemScopes);
    }

    /** The roles only the register grants; the others come from groups and scopes. */
    public static final List<Role> REGISTER_ROLES = List.of(Role.NETWORK_REPRESENTATIVE, Role.UNIVERSITY_PARTNER,
            Role.FORUM_MEMBER, Role.AUDITOR);

    /** ID-porten's levels (substantial: MinID and the like; high: BankID and the like). */
    public static final List<String> ID_PORTEN_LEVELS = List.of("idporten-loa-substantial", "idporten-loa-high");

    /** What acting for a network or the forum needs (substantial), and reading all of a county's history (high). */
    public static Map<Role, String> defaultRequiredAssurance() {
        return Map.of(Role.NETWORK_REPRESENTATIVE, "idporten-loa-substantial",
                Role.UNIVERSITY_PARTNER, "idporten-loa-substantial", Role.FORUM_MEMBER, "idporten-loa-substantial",
                Role.AUDITOR, "idporten-loa-high");
    }

    int rankOf(String acr) {
        return acr == null ? -1 : assuranceLevels.indexOf(acr);
    }

    /** Whether a login at this level may act in the role. */
    boolean assuredFor(String acr, Role role) {
        String required = requiredAssurance.get(role);
        int needed = required == null ? 0 : Math.max(0, rankOf(required));
        return rankOf(acr) >= needed;
    }
}
