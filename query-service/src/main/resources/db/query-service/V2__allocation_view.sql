-- The allocation view of each round as one document, folded from the round's events (AllocationFold). The last
-- sequence folded in makes the projection replay-safe: an event delivered twice is folded once.
CREATE TABLE allocation_view (
    round_id      VARCHAR(100) NOT NULL PRIMARY KEY,
    last_sequence BIGINT       NOT NULL,
    document      JSONB        NOT NULL
);
