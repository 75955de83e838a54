package no.kompetansemidler.events.needs;

/**
 * A document a needs report refers to rather than carries (a local competence plan, an attachment): its id in the
 * archive or document store the partnership uses, its title, and the SHA-256 of its bytes, so anyone holding the
 * document can show it is the one referred to.
 *
 * @param documentId the document's identifier where it is kept, e.g. a case number with document number
 * @param sha256     the SHA-256 of the document's bytes, 64 lower-case hex digits
 */
public record DocumentReference(String documentId, String title, String sha256) {
}
