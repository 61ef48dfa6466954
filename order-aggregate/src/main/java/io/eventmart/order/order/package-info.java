/**
 * The order aggregate: placement with its rules and idempotency, and the status machine {@code
 * PENDING → CONFIRMED → PROCESSING → SHIPPED → DELIVERED} with {@code CANCELLED} and {@code FAILED}
 * as the ways out. Every refusal is a typed {@link io.eventmart.contracts.error.DomainException}
 * whose code starts with {@code order.}.
 */
package io.eventmart.order.order;
