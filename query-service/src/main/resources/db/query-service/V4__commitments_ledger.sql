-- What each decision promised to later budget years, by county, year and the round that promised it, and what the
-- later round reserved of it.
CREATE TABLE commitments_ledger (
    county         VARCHAR(100) NOT NULL,
    budget_year    INTEGER      NOT NULL,
    from_round_id  VARCHAR(100) NOT NULL,
    committed_ore  BIGINT       NOT NULL DEFAULT 0,
    reserved_ore   BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (county, budget_year, from_round_id)
);
