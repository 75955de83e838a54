package no.kompetansemidler.events.needs;

/** An institution in a partnership ("partnerskap") besides the owners. */
public record Partner(String name, PartnerKind kind) {
}
