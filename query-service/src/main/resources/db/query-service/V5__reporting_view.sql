-- Per round and recipient: granted vs used vs unspent, where its report stands, and its §5 a-e assessment.
CREATE TABLE reporting_view (
    round_id          VARCHAR(100) NOT NULL,
    recipient_id      VARCHAR(100) NOT NULL,
    granted_ore       BIGINT       NOT NULL DEFAULT 0,
    used_ore          BIGINT,
    unspent_ore       BIGINT,
    status            VARCHAR(20)  NOT NULL DEFAULT 'MISSING',
    submission_number INTEGER,
    overdue           BOOLEAN      NOT NULL DEFAULT FALSE,
    assessment        JSONB,
    review_note       TEXT,
    PRIMARY KEY (round_id, recipient_id)
);

-- The grant-changing events the reporting view has taken in, so a replayed or redelivered one is not added twice.
CREATE TABLE reporting_view_applied (
    round_id        VARCHAR(100) NOT NULL,
    sequence_number BIGINT       NOT NULL,
    PRIMARY KEY (round_id, sequence_number)
);
