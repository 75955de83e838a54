-- Client command ids already carried out, written in the same transaction as the command's events:
-- a retried command gets the recorded answer instead of a second set of events, across restarts.
CREATE TABLE processed_command (
    command_id      VARCHAR(100) NOT NULL PRIMARY KEY,
    command_type    VARCHAR(255) NOT NULL,
    request_hash    CHAR(64)     NOT NULL,
    response_status INTEGER      NOT NULL,
    response_body   TEXT         NOT NULL,
    processed_at    TIMESTAMPTZ  NOT NULL DEFAULT now()
);
