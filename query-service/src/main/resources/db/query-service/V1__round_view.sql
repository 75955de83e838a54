-- One row per grant round: where it stands in the annual cycle.
CREATE TABLE round_view (
    round_id         VARCHAR(100) NOT NULL PRIMARY KEY,
    county           VARCHAR(100) NOT NULL,
    budget_year      INTEGER      NOT NULL,
    budget_frame_ore BIGINT       NOT NULL,
    step             VARCHAR(40)  NOT NULL,
    opened_at        TIMESTAMPTZ  NOT NULL
);

CREATE INDEX round_view_county_year ON round_view (county, budget_year);
