-- The analytics model: what the integration events on Kafka say about sales and stock, in tables an
-- analyst can read with plain SQL. Derived from events only, never edited by hand; a rebuild empties
-- every table and reads the topics again from their earliest retained offsets.
--
-- Times are the events' own timestamps (when it happened, not when it was read), so a rebuild
-- produces exactly the same rows. Amounts are NUMERIC(14,2) in the row's currency.

-- Every integration event applied, by its id. Inserted in the same transaction as the event's effect,
-- so an event delivered again (a redelivery, a relay that re-sent) finds its id and changes nothing.
CREATE TABLE analytics.processed_event (
    event_id        TEXT        NOT NULL,
    type            TEXT        NOT NULL,
    aggregate_id    TEXT        NOT NULL,
    sequence        BIGINT      NOT NULL,
    occurred_at     TIMESTAMPTZ NOT NULL,
    kafka_topic     TEXT        NOT NULL,
    kafka_partition INTEGER     NOT NULL,
    kafka_offset    BIGINT      NOT NULL,
    PRIMARY KEY (event_id)
);

-- One row per order (order.created), with the moment of every step it reached.
CREATE TABLE analytics.orders (
    order_id         UUID          NOT NULL,
    customer_id      UUID          NOT NULL,
    status           TEXT          NOT NULL,
    currency         CHAR(3)       NOT NULL,
    total            NUMERIC(14,2) NOT NULL,
    units            INTEGER       NOT NULL, -- sum of the lines' quantities
    line_count       INTEGER       NOT NULL,
    shipping_country CHAR(2),
    payment_id       UUID,
    placed_at        TIMESTAMPTZ   NOT NULL,
    confirmed_at     TIMESTAMPTZ,
    processing_at    TIMESTAMPTZ,
    shipped_at       TIMESTAMPTZ,
    delivered_at     TIMESTAMPTZ,
    cancelled_at     TIMESTAMPTZ,
    cancelled_by     TEXT,          -- CUSTOMER or ADMIN
    failed_at        TIMESTAMPTZ,
    failure_reason   TEXT,          -- OUT_OF_STOCK, PAYMENT_DECLINED, PAYMENT_TIMEOUT, PRODUCT_UNAVAILABLE
    last_sequence    BIGINT        NOT NULL, -- the order event whose status the row shows
    PRIMARY KEY (order_id)
);
CREATE INDEX orders_placed_idx ON analytics.orders (currency, placed_at);
CREATE INDEX orders_confirmed_idx ON analytics.orders (currency, confirmed_at);
CREATE INDEX orders_cancelled_idx ON analytics.orders (currency, cancelled_at);
CREATE INDEX orders_failed_idx ON analytics.orders (currency, failed_at);

-- The lines of each order as placed: product, name and unit price at that moment.
CREATE TABLE analytics.order_lines (
    order_id     UUID          NOT NULL,
    product_id   UUID          NOT NULL,
    product_name TEXT          NOT NULL,
    quantity     INTEGER       NOT NULL,
    unit_price   NUMERIC(14,2) NOT NULL,
    line_total   NUMERIC(14,2) NOT NULL,
    PRIMARY KEY (order_id, product_id)
);
CREATE INDEX order_lines_product_idx ON analytics.order_lines (product_id);

-- One row per payment (payment.initiated) with its outcome: CAPTURED (payment.completed), or
-- DECLINED or FAILED (payment.failed). A payment voided before any outcome has none.
CREATE TABLE analytics.payments (
    payment_id     UUID          NOT NULL,
    order_id       UUID          NOT NULL,
    status         TEXT          NOT NULL,
    currency       CHAR(3)       NOT NULL,
    amount         NUMERIC(14,2) NOT NULL,
    refunded_total NUMERIC(14,2) NOT NULL DEFAULT 0,
    requested_at   TIMESTAMPTZ   NOT NULL,
    outcome        TEXT,
    outcome_at     TIMESTAMPTZ,
    failure_reason TEXT,
    voided_at      TIMESTAMPTZ,
    last_sequence  BIGINT        NOT NULL,
    PRIMARY KEY (payment_id)
);
CREATE INDEX payments_outcome_idx ON analytics.payments (currency, outcome_at);
CREATE INDEX payments_order_idx ON analytics.payments (order_id);

-- Refunds: REQUESTED, then COMPLETED (the money went back) or FAILED.
CREATE TABLE analytics.refunds (
    refund_id    UUID          NOT NULL,
    payment_id   UUID          NOT NULL,
    order_id     UUID          NOT NULL,
    status       TEXT          NOT NULL,
    currency     CHAR(3)       NOT NULL,
    amount       NUMERIC(14,2) NOT NULL,
    requested_at TIMESTAMPTZ,
    refunded_at  TIMESTAMPTZ,
    PRIMARY KEY (refund_id)
);
CREATE INDEX refunds_refunded_idx ON analytics.refunds (currency, refunded_at);

-- The catalog as the product events describe it (names for the reports).
CREATE TABLE analytics.products (
    product_id    UUID          NOT NULL,
    sku           TEXT          NOT NULL,
    name          TEXT          NOT NULL,
    category      TEXT          NOT NULL,
    price         NUMERIC(14,2) NOT NULL,
    currency      CHAR(3)       NOT NULL,
    status        TEXT          NOT NULL, -- ACTIVE or DISCONTINUED
    last_sequence BIGINT        NOT NULL,
    PRIMARY KEY (product_id)
);

-- Each product's stock as the inventory events report it. The levels and the low-stock state come
-- from different events, so each keeps the sequence of the event it was last taken from.
CREATE TABLE analytics.stock (
    product_id          UUID        NOT NULL,
    on_hand             INTEGER     NOT NULL,
    reserved            INTEGER     NOT NULL,
    available           INTEGER     NOT NULL,
    low_stock_threshold INTEGER,
    low_since           TIMESTAMPTZ, -- set by inventory.low_stock, cleared by inventory.low_stock_resolved
    levels_updated_at   TIMESTAMPTZ NOT NULL,
    levels_sequence     BIGINT      NOT NULL,
    low_sequence        BIGINT      NOT NULL DEFAULT -1,
    PRIMARY KEY (product_id)
);
