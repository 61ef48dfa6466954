-- What orders and carts need to know about each product: name, current price and whether it is on
-- sale. A subscribing processor writes it in the same transaction as the product's events, so it
-- never lags behind them (unlike the catalog read model); the order service asks it before taking
-- an order. Derived from events only, never edited by hand.
CREATE TABLE inventory.product_registry (
    product_id    UUID          NOT NULL,
    name          TEXT          NOT NULL,
    price_amount  NUMERIC(14,2) NOT NULL,
    currency      CHAR(3)       NOT NULL,
    status        TEXT          NOT NULL,
    last_sequence BIGINT        NOT NULL, -- the product event last applied
    PRIMARY KEY (product_id)
);
