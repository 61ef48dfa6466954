-- The event store of the standalone platform (Axon's JDBC storage engine). In production Axon Server
-- stores the events and this schema stays empty.
--
-- Following Axon's RDBMS tuning advice:
--  * the global index comes from a sequence of its own (BIGSERIAL), never a sequence shared with
--    other tables, so gaps only come from transactions that are still running or rolled back;
--  * payloads and metadata are BYTEA, not large objects (OID), which PostgreSQL would keep apart
--    and never vacuum;
--  * (aggregate_identifier, sequence_number) is unique: it is both the optimistic lock of an
--    aggregate and the index every aggregate load reads through;
--  * event_identifier is unique (and indexed) for lookups by event id.

CREATE TABLE domain_event_entry (
    global_index         BIGSERIAL    NOT NULL,
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    type                 VARCHAR(255),
    event_identifier     VARCHAR(255) NOT NULL,
    meta_data            BYTEA,
    payload              BYTEA        NOT NULL,
    payload_revision     VARCHAR(255),
    payload_type         VARCHAR(255) NOT NULL,
    time_stamp           VARCHAR(255) NOT NULL,
    PRIMARY KEY (global_index),
    CONSTRAINT domain_event_aggregate_sequence_uq UNIQUE (aggregate_identifier, sequence_number),
    CONSTRAINT domain_event_identifier_uq UNIQUE (event_identifier)
);

CREATE TABLE snapshot_event_entry (
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    type                 VARCHAR(255) NOT NULL,
    event_identifier     VARCHAR(255) NOT NULL,
    meta_data            BYTEA,
    payload              BYTEA        NOT NULL,
    payload_revision     VARCHAR(255),
    payload_type         VARCHAR(255) NOT NULL,
    time_stamp           VARCHAR(255) NOT NULL,
    PRIMARY KEY (aggregate_identifier, sequence_number),
    CONSTRAINT snapshot_event_identifier_uq UNIQUE (event_identifier)
);
