-- Personal data in the events is sealed under a key per person (ADR 22): erasing the person deletes the key row,
-- and every value sealed under it reads as erased from then on, while the stored events, their hash chain and every
-- replay stay as they were. The keys live in a schema of their own, so a deployment can give it its own role and
-- keep it out of copies of the event store.
CREATE SCHEMA IF NOT EXISTS personal_data;

-- subject_hash: SHA-256 of "<scope>\n<subject>" (a forum member's register id or name, a token subject), so the key
-- of a person is found without the table holding who they are in plain text.
CREATE TABLE personal_data.data_key (
    key_id       UUID        NOT NULL PRIMARY KEY,
    scope        VARCHAR(64) NOT NULL,
    subject_hash CHAR(64)    NOT NULL,
    key_bytes    BYTEA       NOT NULL,
    erase_after  DATE        NOT NULL,
    CONSTRAINT data_key_subject UNIQUE (scope, subject_hash)
);

CREATE INDEX data_key_erase_after ON personal_data.data_key (erase_after);
