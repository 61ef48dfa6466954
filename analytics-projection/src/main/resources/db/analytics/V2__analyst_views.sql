-- Read-only views for analysts: the questions asked most often, answered in plain SQL. They read the
-- tables of V1 and hold no data of their own.

-- Orders with their lines summed up and the time each step took.
CREATE VIEW analytics.orders_v AS
SELECT o.order_id,
       o.customer_id,
       o.status,
       o.currency,
       o.total,
       o.units,
       o.line_count,
       o.shipping_country,
       o.placed_at,
       o.confirmed_at,
       o.shipped_at,
       o.delivered_at,
       o.cancelled_at,
       o.cancelled_by,
       o.failed_at,
       o.failure_reason,
       o.confirmed_at - o.placed_at  AS time_to_confirm,
       o.delivered_at - o.placed_at  AS time_to_deliver,
       coalesce(r.refunded, 0)       AS refunded
FROM analytics.orders o
LEFT JOIN (SELECT order_id, sum(amount) AS refunded
           FROM analytics.refunds
           WHERE status = 'COMPLETED'
           GROUP BY order_id) r ON r.order_id = o.order_id;

-- Sales per UTC day and currency: orders confirmed that day, their units and revenue, and the
-- refunds completed that day.
CREATE VIEW analytics.daily_sales_v AS
WITH confirmed AS (
    SELECT (confirmed_at AT TIME ZONE 'UTC')::date AS day, currency,
           count(*) AS orders, sum(units) AS units, sum(total) AS gross_revenue
    FROM analytics.orders
    WHERE confirmed_at IS NOT NULL
    GROUP BY 1, 2),
refunded AS (
    SELECT (refunded_at AT TIME ZONE 'UTC')::date AS day, currency, sum(amount) AS refunded
    FROM analytics.refunds
    WHERE status = 'COMPLETED'
    GROUP BY 1, 2)
SELECT coalesce(c.day, r.day)                                    AS day,
       coalesce(c.currency, r.currency)                          AS currency,
       coalesce(c.orders, 0)                                     AS orders,
       coalesce(c.units, 0)                                      AS units,
       coalesce(c.gross_revenue, 0)                              AS gross_revenue,
       coalesce(r.refunded, 0)                                   AS refunded,
       coalesce(c.gross_revenue, 0) - coalesce(r.refunded, 0)    AS net_revenue
FROM confirmed c
FULL JOIN refunded r ON r.day = c.day AND r.currency = c.currency;

-- Units and revenue of confirmed orders per product and currency, with the product's current name.
CREATE VIEW analytics.product_sales_v AS
SELECT l.product_id,
       coalesce(p.name, max(l.product_name)) AS name,
       p.category,
       o.currency,
       count(DISTINCT o.order_id)            AS orders,
       sum(l.quantity)                       AS units,
       sum(l.line_total)                     AS revenue
FROM analytics.order_lines l
JOIN analytics.orders o ON o.order_id = l.order_id AND o.confirmed_at IS NOT NULL
LEFT JOIN analytics.products p ON p.product_id = l.product_id
GROUP BY l.product_id, p.name, p.category, o.currency;

-- Products on sale whose availability is below their low-stock threshold.
CREATE VIEW analytics.low_stock_v AS
SELECT s.product_id,
       p.name,
       p.sku,
       s.available,
       s.low_stock_threshold AS threshold,
       s.low_since
FROM analytics.stock s
LEFT JOIN analytics.products p ON p.product_id = s.product_id
WHERE s.available < s.low_stock_threshold
  AND coalesce(p.status, 'ACTIVE') <> 'DISCONTINUED';
