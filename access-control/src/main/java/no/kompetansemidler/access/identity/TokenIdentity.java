package no.kompetansemidler.access.identity;

import java.util.List;

/** What a verified token says about who calls, by the kind of issuer that signed it. Roles are not in it. */
public sealed interface TokenIdentity {

    /** The token's {@code sub}: the actor's subject on every event. */
    String subject();

    /**
     * A person, through an OpenID Connect provider like ID-porten.
     *
     * @param identity the identity the register knows the person by (ID-porten's {@code pid})
     * @param acr      the assurance level of the login ({@code acr}), or {@code null}
     */
    record Person(String subject, String identity, String acr) implements TokenIdentity {
    }

    /** One of the county governor's staff, through their organisation's directory, with its group ids. */
    record Staff(String subject, List<String> groups) implements TokenIdentity {
        public Staff {
            groups = List.copyOf(groups);
        }
    }

    /** A system of an organisation, through Maskinporten-style client credentials, with its scopes. */
    record System(String subject, String organisationNumber, List<String> scopes) implements TokenIdentity {
        public System {
            scopes = List.copyOf(scopes);
        }
    }
}
