-- What each decision committed to a later year, broken down by partnership (recipient id -> øre). Filled by the
-- projection; a rebuild fills it for decisions made before this column existed.
ALTER TABLE commitments_ledger ADD COLUMN committed_by_partnership JSONB NOT NULL DEFAULT '{}';
