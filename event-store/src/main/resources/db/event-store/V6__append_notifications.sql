-- Every transaction that appends events tells the listening services so when it commits (PostgreSQL delivers a
-- notification only on commit, once per channel and payload per transaction): their event processors wake at once
-- instead of polling (AppendNotifications). A notification carries nothing; the events are read from the table.
CREATE FUNCTION notify_events_appended() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('event_store_appended', '');
    RETURN NULL;
END
$$;

CREATE TRIGGER domain_event_entry_appended AFTER INSERT ON domain_event_entry
    FOR EACH STATEMENT EXECUTE FUNCTION notify_events_appended();
