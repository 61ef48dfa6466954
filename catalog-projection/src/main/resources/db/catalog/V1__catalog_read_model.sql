-- The catalog read model: what shoppers, customers and admins read about products, orders, payments
-- and carts. Derived from events only (processing group "catalog"), never edited by hand, and
-- truncated and rebuilt from the event store by a replay.
--
-- Every aggregate's root row keeps last_sequence, the aggregate sequence number of the last event
-- applied to it. The projection writes through R2DBC, outside the transaction that stores the
-- processor's token, so an event may arrive twice: an event at or below last_sequence changes
-- nothing. Child rows (lines, history, cart items) change only in the same transaction that
-- advances their root's last_sequence.
--
-- No foreign keys between the tables: each aggregate's rows are written in that aggregate's event
-- order, but different aggregates are projected independently (in parallel segments), so a cart
-- may name a product the catalog has not seen yet. Queries join what exists.

-- ------------------------------------------------------------------------------------ products

CREATE TABLE catalog.products (
    product_id          UUID          NOT NULL,
    sku                 TEXT          NOT NULL,
    name                TEXT          NOT NULL,
    description         TEXT          NOT NULL,
    category            TEXT          NOT NULL,
    price               NUMERIC(14,2) NOT NULL,
    currency            CHAR(3)       NOT NULL,
    status              TEXT          NOT NULL,
    -- Stock as the last stock event reported it (events carry the resulting levels).
    on_hand             INTEGER       NOT NULL DEFAULT 0,
    reserved            INTEGER       NOT NULL DEFAULT 0,
    available           INTEGER       NOT NULL DEFAULT 0,
    low_stock_threshold INTEGER       NOT NULL DEFAULT 0,
    low_stock           BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at          TIMESTAMPTZ   NOT NULL,
    updated_at          TIMESTAMPTZ   NOT NULL,
    last_sequence       BIGINT        NOT NULL,
    PRIMARY KEY (product_id)
);

-- The product list shows products on sale only; one index per sort it offers (descending sorts
-- scan them backwards), each ending in the id that breaks ties so pages never overlap.
CREATE INDEX products_on_sale_by_name ON catalog.products (lower(name), product_id)
    WHERE status = 'ACTIVE';
CREATE INDEX products_on_sale_by_price ON catalog.products (price, product_id)
    WHERE status = 'ACTIVE';
CREATE INDEX products_on_sale_by_age ON catalog.products (created_at, product_id)
    WHERE status = 'ACTIVE';
-- The category filter, and the product count per category.
CREATE INDEX products_on_sale_by_category ON catalog.products (category, lower(name), product_id)
    WHERE status = 'ACTIVE';

-- -------------------------------------------------------------------------------------- orders

CREATE TABLE catalog.orders (
    order_id          UUID          NOT NULL,
    customer_id       UUID          NOT NULL,
    status            TEXT          NOT NULL,
    total             NUMERIC(14,2) NOT NULL,
    currency          CHAR(3)       NOT NULL,
    ship_name         TEXT          NOT NULL,
    ship_street       TEXT          NOT NULL,
    ship_city         TEXT          NOT NULL,
    ship_postal_code  TEXT          NOT NULL,
    ship_country      CHAR(2)       NOT NULL,
    payment_id        UUID,          -- from OrderConfirmed; before that the payments table knows it
    failure_reason    TEXT,
    created_at        TIMESTAMPTZ   NOT NULL,
    updated_at        TIMESTAMPTZ   NOT NULL,
    last_sequence     BIGINT        NOT NULL,
    PRIMARY KEY (order_id)
);

-- Orders are listed newest first: of one customer, in one status, or all of them.
CREATE INDEX orders_by_customer ON catalog.orders (customer_id, created_at, order_id);
CREATE INDEX orders_by_status ON catalog.orders (status, created_at, order_id);
CREATE INDEX orders_by_age ON catalog.orders (created_at, order_id);

CREATE TABLE catalog.order_lines (
    order_id     UUID          NOT NULL,
    line_number  INTEGER       NOT NULL, -- the line's position in the order, from 0
    product_id   UUID          NOT NULL,
    product_name TEXT          NOT NULL,
    quantity     INTEGER       NOT NULL,
    unit_price   NUMERIC(14,2) NOT NULL,
    line_total   NUMERIC(14,2) NOT NULL,
    PRIMARY KEY (order_id, line_number)
);

-- One row per status change; sequence is the order event that made it.
CREATE TABLE catalog.order_history (
    order_id UUID        NOT NULL,
    sequence BIGINT      NOT NULL,
    status   TEXT        NOT NULL,
    at       TIMESTAMPTZ NOT NULL,
    reason   TEXT,
    PRIMARY KEY (order_id, sequence)
);

-- ------------------------------------------------------------------------------------ payments

CREATE TABLE catalog.payments (
    payment_id        UUID          NOT NULL,
    order_id          UUID          NOT NULL,
    customer_id       UUID          NOT NULL,
    amount            NUMERIC(14,2) NOT NULL,
    currency          CHAR(3)       NOT NULL,
    status            TEXT          NOT NULL,
    gateway_reference TEXT,
    failure_reason    TEXT,          -- why it was declined, failed or voided
    refunded_amount   NUMERIC(14,2) NOT NULL DEFAULT 0,
    created_at        TIMESTAMPTZ   NOT NULL,
    updated_at        TIMESTAMPTZ   NOT NULL,
    last_sequence     BIGINT        NOT NULL,
    PRIMARY KEY (payment_id)
);

-- The payment of an order (and the payment id an order shows before it is confirmed).
CREATE INDEX payments_by_order ON catalog.payments (order_id, created_at);

-- One row per payment event; status is the payment's status after it.
CREATE TABLE catalog.payment_history (
    payment_id UUID          NOT NULL,
    sequence   BIGINT        NOT NULL,
    status     TEXT          NOT NULL,
    at         TIMESTAMPTZ   NOT NULL,
    reason     TEXT,
    amount     NUMERIC(14,2), -- captures and refunds
    PRIMARY KEY (payment_id, sequence)
);

-- --------------------------------------------------------------------------------------- carts

-- A cart's row stays when the cart is emptied: it remembers the last event applied.
CREATE TABLE catalog.carts (
    cart_id       UUID        NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL,
    last_sequence BIGINT      NOT NULL,
    PRIMARY KEY (cart_id)
);

-- Quantities only: names and prices are the product's current ones, joined when a cart is read.
CREATE TABLE catalog.cart_items (
    cart_id    UUID    NOT NULL,
    product_id UUID    NOT NULL,
    quantity   INTEGER NOT NULL,
    position   BIGINT  NOT NULL, -- the sequence of the event that added the line: lines keep that order
    PRIMARY KEY (cart_id, product_id)
);
