-- The public allocation feed (ADR 21): each decided round's allocation as the public may read it, without personal
-- data; a row appears only when the round is decided.
CREATE TABLE public_allocation (
    round_id      VARCHAR(100) NOT NULL PRIMARY KEY,
    decided_at    TIMESTAMPTZ,
    last_sequence BIGINT       NOT NULL,
    document      JSONB        NOT NULL
);

CREATE INDEX public_allocation_decided_at ON public_allocation (decided_at);
