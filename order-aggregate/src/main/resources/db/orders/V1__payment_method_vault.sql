-- The payment method vault: the card token of each order whose payment is not settled yet. Tokens
-- never enter an event; a row lives from the order's placement until it is confirmed, failed or
-- cancelled (see PaymentMethodErasure).
CREATE TABLE orders.payment_method (
    order_id    UUID                     NOT NULL,
    method_type VARCHAR(20)              NOT NULL,
    token       VARCHAR(200)             NOT NULL,
    stored_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (order_id)
);
