-- An erased key is no longer deleted but emptied (ADR 22): the row keeps its subject hash and key id, without the
-- key, and the day of the erasure. A view that opened a person's value just before the erasure and copies it just
-- after, or a rebuild that copies a value stored before sealing began, then finds the person erased instead of
-- making them a new key. A later event that names the person again gives the row a new key.
ALTER TABLE personal_data.data_key ALTER COLUMN key_bytes DROP NOT NULL;
ALTER TABLE personal_data.data_key ADD COLUMN erased_on DATE;
ALTER TABLE personal_data.data_key ADD CONSTRAINT data_key_erased_without_key
    CHECK ((key_bytes IS NULL) = (erased_on IS NOT NULL));
