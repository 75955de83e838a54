-- Each round's needs reports as rows of their own beside its allocation view's document: a needs-report event then
-- writes one row and the round's last sequence, whatever the round's size, where it rewrote the whole document
-- before (the cost grew with the round: issue 18). The rest of the view stays one document per round. Instances of
-- the release before still fold needs reports into the document: roll this release out with them stopped, or run the
-- rebuild Job once the rollout is done (docs/operations.md).
CREATE TABLE allocation_view_needs (
    round_id               VARCHAR(100) NOT NULL,
    report_id              TEXT         NOT NULL,
    network_id             TEXT         NOT NULL,
    target_group           VARCHAR(40),
    requested_ore          BIGINT       NOT NULL,
    withdrawn              BOOLEAN      NOT NULL,
    continues              TEXT,
    covered_by_tranche_ore BIGINT,
    PRIMARY KEY (round_id, report_id)
);

-- No view is written between the move and the strip (a serving instance of the release before would otherwise lose
-- the reports it files meanwhile); readers go on reading.
LOCK TABLE allocation_view IN EXCLUSIVE MODE;

INSERT INTO allocation_view_needs (round_id, report_id, network_id, target_group, requested_ore, withdrawn,
                                   continues, covered_by_tranche_ore)
SELECT view.round_id, line.key, line.value ->> 'networkId', line.value ->> 'targetGroup',
       (line.value ->> 'requestedOre')::BIGINT, COALESCE((line.value ->> 'withdrawn')::BOOLEAN, FALSE),
       line.value ->> 'continues', (line.value ->> 'coveredByTrancheOre')::BIGINT
FROM allocation_view view
CROSS JOIN LATERAL jsonb_each(CASE WHEN jsonb_typeof(view.document -> 'needsReports') = 'object'
                                   THEN view.document -> 'needsReports' ELSE '{}'::JSONB END) line;

UPDATE allocation_view SET document = document - 'needsReports' WHERE document ? 'needsReports';
