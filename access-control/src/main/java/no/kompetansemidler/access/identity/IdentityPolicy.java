package no.kompetansemidler.access.identity;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

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
 * @param registerScope       the scope a system token needs to act in its organisation's grants of the register, so
 *                            that only the organisation's systems meant for it do
 */
public record IdentityPolicy(List<String> assuranceLevels, Map<Role, String> requiredAssurance,
                             String staffOrganisation, Map<String, String> administratorGroups,
                             Map<String, String> auditorGroups, Map<String, Role> systemScopes,
                             String registerScope) {

    /** The scope a system token needs for its organisation's register grants, unless configured otherwise. */
    public static final String DEFAULT_REGISTER_SCOPE = "kompetansemidler:access";
    private static final Pattern COUNTY = Pattern.compile("[a-z][a-z-]{0,39}");

    public IdentityPolicy {
        assuranceLevels = List.copyOf(assuranceLevels);
        requiredAssurance = new TreeMap<>(requiredAssurance);
        administratorGroups = new TreeMap<>(administratorGroups);
        auditorGroups = new TreeMap<>(auditorGroups);
        systemScopes = new TreeMap<>(systemScopes);
        registerScope = registerScope == null || registerScope.isBlank() ? DEFAULT_REGISTER_SCOPE : registerScope;
        // a misspelt level or county would quietly lower the bar or grant nothing: refused at start instead
        for (Map.Entry<Role, String> required : requiredAssurance.entrySet()) {
            if (!assuranceLevels.contains(required.getValue())) {
                throw new IllegalArgumentException("the assurance level " + required.getValue() + " required for "
                        + required.getKey().claim() + " is not one of " + assuranceLevels);
            }
        }
        administratorGroups.forEach((group, county) -> {
            if (!COUNTY.matcher(county).matches()) {
                throw new IllegalArgumentException("the administrators' group " + group + " names no county ("
                        + county + "): administrators act for one county");
            }
        });
        auditorGroups.forEach((group, county) -> {
            if (!"*".equals(county) && !COUNTY.matcher(county).matches()) {
                throw new IllegalArgumentException("the auditors' group " + group + " names no county (" + county
                        + ") nor * for every county");
            }
        });
    }

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

    /** The level a login needs to act in the role: the configured one, else the lowest level. */
    String requiredFor(Role role) {
        return requiredAssurance.getOrDefault(role, assuranceLevels.isEmpty() ? null : assuranceLevels.get(0));
    }

    /** Whether a login at this level may act in the role. */
    boolean assuredFor(String acr, Role role) {
        String required = requiredFor(role);
        return rankOf(acr) >= (required == null ? 0 : Math.max(0, rankOf(required)));
    }
}
