package no.kompetansemidler.command.kernel;

/** Where a round is in its annual cycle. Each step allows only some commands, see {@link RoundLifecycle}. */
public enum RoundStep {
    /** Opened; the needs-report template is not sent yet. */
    OPENED,
    /** Template sent: partnerships submit, amend and withdraw needs reports until the deadline. */
    COLLECTING_NEEDS,
    /** The deadline passed; only networks with an extension may still submit. */
    NEEDS_CLOSED,
    /** A proposal exists: the forum gives input, networks adjust, the administrator redrafts and decides. */
    PROPOSAL_DRAFTED,
    /** Decided and grant letters issued: reallocation, withdrawal and reporting. */
    DECIDED,
    /** Every report approved; nothing more happens. */
    CLOSED
}
