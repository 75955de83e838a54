-- Of what a recipient holds in a round, the tranches of earlier grants that round granted: grant id -> øre. Filled
-- by the projection from TrancheLetterIssued; keyed, so an event handled twice sets the same key.
ALTER TABLE reporting_view ADD COLUMN tranches JSONB NOT NULL DEFAULT '{}';
