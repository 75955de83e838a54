-- Where a round stands: its deadlines next to its step.
ALTER TABLE round_view ADD COLUMN submission_deadline TIMESTAMPTZ;
ALTER TABLE round_view ADD COLUMN reporting_deadline TIMESTAMPTZ;
