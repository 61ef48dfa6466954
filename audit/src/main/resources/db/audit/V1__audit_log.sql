-- The audit log: the envelope of every event of the platform, in the order of the global event stream,
-- copied by the "audit" tracking processor (its token is in axon.token_entry, committed in the same
-- transaction as these rows). Readable with plain SQL: auditors may query it directly, e.g.
--   SELECT occurred_at, event_type, payload->>'reason' FROM audit.event_log WHERE aggregate_id = '…';
CREATE TABLE event_log (
    -- The event's position in the global event stream (the JDBC store's global index, or Axon
    -- Server's global sequence): the order of correlation stories and exports.
    global_position  BIGINT       NOT NULL,
    event_id         VARCHAR(255) NOT NULL,
    -- The audited view: order, cart, product, inventory or payment (NULL for an event of none).
    aggregate_type   VARCHAR(32),
    aggregate_id     VARCHAR(255),
    sequence_number  BIGINT,
    -- The event's short name (e.g. OrderPlaced) and the full name of its serialized type.
    event_type       VARCHAR(255) NOT NULL,
    payload_type     VARCHAR(255) NOT NULL,
    payload_revision VARCHAR(255),
    occurred_at      TIMESTAMPTZ  NOT NULL,
    payload          JSONB        NOT NULL,
    meta_data        JSONB        NOT NULL,
    correlation_id   VARCHAR(255),
    causation_id     VARCHAR(255),
    user_id          VARCHAR(255),
    -- Idempotent by event id: a redelivered event is recognised and changes nothing.
    PRIMARY KEY (event_id),
    CONSTRAINT event_log_position_uq UNIQUE (global_position)
);

-- A request's whole story, in global order.
CREATE INDEX event_log_correlation_idx ON event_log (correlation_id, global_position);
-- Exports by time window.
CREATE INDEX event_log_time_idx ON event_log (occurred_at);
-- Exports by event type, or by audited view, in global order.
CREATE INDEX event_log_type_idx ON event_log (event_type, global_position);
CREATE INDEX event_log_aggregate_type_idx ON event_log (aggregate_type, global_position);
