-- The installation's key for the access register's holder ids (ADR 25): a holder's stream id is an HMAC of their
-- identity under this key, so a grant id in an event's metadata, an audit report or a URL cannot be turned back into
-- a national identity number without it. One row, written by the first service to start; kept with the personal
-- data keys, out of copies of the event store. Never rotated: the ids are stream ids.
CREATE TABLE personal_data.access_holder_key (
    id         SMALLINT    NOT NULL PRIMARY KEY CHECK (id = 1),
    secret     BYTEA       NOT NULL CHECK (length(secret) >= 32),
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
