/**
 * Orders with their lines, totals, payment and status history; the order list of a customer or of
 * everybody; and the order-status subscription queries. Fed by the order aggregate's {@code
 * OrderEvent}s; an order's payment id comes from its confirmation, or before that from the payment
 * the catalog knows for it.
 */
package io.eventmart.catalog.order;
