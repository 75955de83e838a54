-- What the year before carried into a round's frame: "<fromRoundId>/carry-over-<n>" -> øre, so an event handled twice
-- sets the same key. budget_frame_ore stays the appropriation; the view answers the frame as both together.
ALTER TABLE round_view ADD COLUMN carried_in JSONB NOT NULL DEFAULT '{}';
