-- A promised year as it was kept: what the year's round granted by tranche letter, per recipient; what was paid
-- from it, "<recipient>:<paymentNumber>" -> øre; and, once the recipient's report in that round was approved, the
-- tranche it reported on, per recipient. Each write sets keys, so an event handled twice leaves the same row.
ALTER TABLE commitments_ledger ADD COLUMN granted JSONB NOT NULL DEFAULT '{}';
ALTER TABLE commitments_ledger ADD COLUMN paid JSONB NOT NULL DEFAULT '{}';
ALTER TABLE commitments_ledger ADD COLUMN reported JSONB NOT NULL DEFAULT '{}';
