-- What a later round reduced of the promised tranches when its appropriation fell short: "<reductionNumber>:<recipient
-- id>" -> øre, so an event handled twice sets the same keys. Filled by the projection from CommitmentsReduced.
ALTER TABLE commitments_ledger ADD COLUMN reductions JSONB NOT NULL DEFAULT '{}';
