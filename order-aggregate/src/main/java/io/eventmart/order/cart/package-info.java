/**
 * The customer's cart, event-sourced with the customer's id as its id. A cart that was never used
 * behaves as an empty one, so every cart command may address it.
 *
 * <p>Checkout turns the cart into an order in one unit of work: the cart's handler creates the
 * {@link io.eventmart.order.order.Order} with {@code AggregateLifecycle.createNew} and records
 * {@code CartCheckedOut}, so both aggregates' events (and the order's vault entry) are committed
 * together or not at all.
 */
package io.eventmart.order.cart;
