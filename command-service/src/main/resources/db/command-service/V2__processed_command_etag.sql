-- The aggregate version a command left behind, answered as ETag again when the command is retried.
ALTER TABLE processed_command ADD COLUMN etag VARCHAR(40);
