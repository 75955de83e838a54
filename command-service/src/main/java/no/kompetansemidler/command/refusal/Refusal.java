package no.kompetansemidler.command.refusal;

/** Why a command was refused; decides the HTTP status at the edge. */
public enum Refusal {
    /** The command itself is malformed or breaks a field rule. */
    INVALID_INPUT,
    /** The actor's role or scope does not allow the command. */
    FORBIDDEN,
    /** The command names something that does not exist, or that lies outside the actor's scope. */
    NOT_FOUND,
    /** The command collides with what already exists or with a concurrent write. */
    CONFLICT,
    /** The round is in a state where this command is not allowed. */
    WRONG_STATE,
    /** The client's If-Match names a version the aggregate has moved past: it would overwrite a change unseen. */
    STALE_VERSION,
    /** The command is well-formed but a rule of the scheme or the plan forbids it. */
    BUSINESS_RULE
}
