-- What a withdrawal ended of the promised tranches, by recipient id -> øre. Filled by the projection from
-- GrantWithdrawn (revision 2); a later round does not reserve it.
ALTER TABLE commitments_ledger ADD COLUMN ended JSONB NOT NULL DEFAULT '{}';
