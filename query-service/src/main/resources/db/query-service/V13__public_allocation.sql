-- The public allocation feed (ADR 21): each decided round's allocation as the public may read it, without personal
-- data; a row appears only when the round is decided.
CREATE TABLE public_allocation (
    round_id      VARCHAR(100) NOT NULL PRIMARY KEY,
    county_slug   VARCHAR(100) NOT NULL,
    budget_year   INTEGER      NOT NULL,
    decided_at    TIMESTAMPTZ,
    last_sequence BIGINT       NOT NULL,
    document      JSONB        NOT NULL
);

CREATE INDEX public_allocation_county_year ON public_allocation (county_slug, budget_year);
CREATE INDEX public_allocation_decided_at ON public_allocation (decided_at);
