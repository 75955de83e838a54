-- The remarks of the reports' check by the administrator and the forum: "<remarkNumber>" -> {submissionNumber,
-- author, organisation, role, remark}, so an event handled twice sets the same key.
ALTER TABLE reporting_view ADD COLUMN remarks JSONB NOT NULL DEFAULT '{}';
