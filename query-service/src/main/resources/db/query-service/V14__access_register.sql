-- The access register's grants per county (ADR 25), one row per grant, revoked in place. No personal data: the
-- holder is named by the keyed hash of their identity (its stream id), which the register's own events hold sealed.
CREATE TABLE access_grants (
    grant_id          VARCHAR(60)  NOT NULL PRIMARY KEY,
    holder_id         VARCHAR(50)  NOT NULL,
    holder_kind       VARCHAR(20)  NOT NULL,
    county            VARCHAR(40)  NOT NULL,
    organisation      TEXT         NOT NULL,
    role              VARCHAR(40)  NOT NULL,
    network_ids       JSONB        NOT NULL,
    forum_member_id   VARCHAR(64),
    valid_from        DATE         NOT NULL,
    valid_until       DATE         NOT NULL,
    reason            TEXT         NOT NULL,
    granted_at        TIMESTAMPTZ  NOT NULL,
    granted_by        TEXT,
    revoked_at        TIMESTAMPTZ,
    revocation_reason TEXT,
    revoked_by        TEXT
);

CREATE INDEX access_grants_county_holder ON access_grants (county, holder_id);
