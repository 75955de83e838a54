package no.kompetansemidler.events.reallocation;

/** Where leftover funds come from. */
public enum FundsSource {
    /** What the decision left unallocated. */
    UNALLOCATED_REMAINDER,
    /** What recipients reported as unspent in approved reports. */
    RETURNED_FUNDS,
    /** What was withdrawn from a grant. */
    WITHDRAWN_GRANT
}
