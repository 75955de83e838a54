package no.kompetansemidler.events.reallocation;

/** Where leftover funds ("restmidler") come from. */
public enum FundsSource {
    /**
     * What the decision left unallocated, and what the year before carried over and the round received after its
     * decision, too late for its frame.
     */
    UNALLOCATED_REMAINDER,
    /** What recipients reported as unspent in approved reports. */
    RETURNED_FUNDS,
    /** What was withdrawn from a grant. */
    WITHDRAWN_GRANT
}
