package io.eventmart.order.order;

import io.eventmart.contracts.error.DomainException;
import io.eventmart.contracts.error.ErrorKind;
import java.util.Map;
import java.util.UUID;

/**
 * The order id (derived from customer and idempotency key) already names an order with other
 * content: the client reused a key for a different request.
 */
public final class IdempotencyKeyReused extends DomainException {

  public static final String CODE = "order.idempotency-key-reused";

  IdempotencyKeyReused(UUID orderId) {
    super(
        CODE,
        ErrorKind.REJECTED,
        "Order "
            + orderId
            + " was already placed with other content; use a new idempotency key for a new order",
        Map.of("orderId", orderId.toString()));
  }
}
