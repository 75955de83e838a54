-- The instances running each event processor, as each last said it was alive (every few seconds). The segment
-- balancer counts the live ones to share a processor's segments among them (ADR 23); a row is only a heartbeat,
-- never read for anything else, and rows of instances long gone are deleted by the survivors.
CREATE TABLE event_store.processing_node (
    processor_name VARCHAR(255) NOT NULL,
    node_name      VARCHAR(255) NOT NULL,
    seen_at        TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (processor_name, node_name)
);
