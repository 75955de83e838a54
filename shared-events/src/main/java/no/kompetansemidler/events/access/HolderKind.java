package no.kompetansemidler.events.access;

/** Who a grant is for: a person known by the login service's identity, or an organisation by its number. */
public enum HolderKind {
    /** A person, by the identity the person issuer gives (ID-porten's {@code pid}, or its {@code sub}). */
    PERSON,
    /** An organisation's systems, by its nine-digit organisation number (Maskinporten's {@code consumer}). */
    ORGANISATION
}
