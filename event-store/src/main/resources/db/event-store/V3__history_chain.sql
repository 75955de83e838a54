-- A tamper-evident history (ADR 20). Every stored event carries chain_hash: the SHA-256 of its stored form (stream,
-- sequence, type, event id, time, payload type and revision, and the SHA-256 of payload and metadata) together with
-- the chain hash of the event before it in its stream. The database computes it in the transaction that appends the
-- event, so no writer can leave it out. Changing a stored byte, or removing an event, breaks the chain at that
-- position; rewriting the chain after it shows against a head hash published earlier (with each decision on Kafka and
-- in the audit report). HistoryChain in Java computes the same link; keep both in step.

ALTER TABLE domain_event_entry ADD COLUMN chain_hash CHAR(64);

-- Each text field with its length in bytes, so that no two different events give the same input.
CREATE FUNCTION history_link(previous TEXT, aggregate_identifier TEXT, sequence_number BIGINT, type TEXT,
                             event_identifier TEXT, time_stamp TEXT, payload_type TEXT, payload_revision TEXT,
                             payload TEXT, meta_data TEXT)
    RETURNS CHAR(64) LANGUAGE sql IMMUTABLE AS $$
    SELECT encode(sha256(convert_to(
        coalesce(previous, '-') || '|' ||
        octet_length(aggregate_identifier) || ':' || aggregate_identifier || '|' ||
        sequence_number || '|' ||
        coalesce(octet_length(type) || ':' || type, '-') || '|' ||
        octet_length(event_identifier) || ':' || event_identifier || '|' ||
        octet_length(time_stamp) || ':' || time_stamp || '|' ||
        octet_length(payload_type) || ':' || payload_type || '|' ||
        coalesce(octet_length(payload_revision) || ':' || payload_revision, '-') || '|' ||
        encode(sha256(convert_to(payload, 'UTF8')), 'hex') || '|' ||
        coalesce(encode(sha256(convert_to(meta_data, 'UTF8')), 'hex'), '-'), 'UTF8')), 'hex')
$$;

CREATE FUNCTION chain_event() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
    previous TEXT;
BEGIN
    SELECT chain_hash INTO previous FROM domain_event_entry
     WHERE aggregate_identifier = NEW.aggregate_identifier AND sequence_number = NEW.sequence_number - 1;
    NEW.chain_hash := history_link(previous, NEW.aggregate_identifier, NEW.sequence_number, NEW.type,
        NEW.event_identifier, NEW.time_stamp, NEW.payload_type, NEW.payload_revision, NEW.payload, NEW.meta_data);
    RETURN NEW;
END
$$;

-- Seals what has no chain hash yet, stream by stream in sequence order: the history stored before this migration.
-- Returns how many events it sealed.
CREATE FUNCTION seal_history() RETURNS BIGINT LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
    event RECORD;
    previous TEXT;
    stream TEXT;
    sealed BIGINT := 0;
BEGIN
    FOR event IN SELECT * FROM domain_event_entry
                  WHERE aggregate_identifier IN (SELECT aggregate_identifier FROM domain_event_entry
                                                  WHERE chain_hash IS NULL)
                  ORDER BY aggregate_identifier, sequence_number LOOP
        IF stream IS DISTINCT FROM event.aggregate_identifier THEN
            stream := event.aggregate_identifier;
            previous := NULL;
        END IF;
        IF event.chain_hash IS NULL THEN
            UPDATE domain_event_entry
               SET chain_hash = history_link(previous, event.aggregate_identifier, event.sequence_number,
                   event.type, event.event_identifier, event.time_stamp, event.payload_type,
                   event.payload_revision, event.payload, event.meta_data)
             WHERE global_index = event.global_index
            RETURNING chain_hash INTO previous;
            sealed := sealed + 1;
        ELSE
            previous := event.chain_hash;
        END IF;
    END LOOP;
    RETURN sealed;
END
$$;

SELECT seal_history();

CREATE TRIGGER domain_event_entry_chain BEFORE INSERT ON domain_event_entry
    FOR EACH ROW EXECUTE FUNCTION chain_event();
