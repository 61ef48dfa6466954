package io.eventmart.contracts.order.query;

import io.eventmart.contracts.order.OrderStatus;
import java.time.Instant;
import java.util.UUID;

/**
 * An order's status changed: the update of the order-status subscription queries (and the data of
 * the {@code order-status} server-sent event). {@code sequence} identifies the step within the
 * order.
 */
public record OrderStatusUpdate(
    UUID orderId, UUID customerId, OrderStatus status, Instant at, String reason, long sequence) {

  public boolean isTerminal() {
    return status.isTerminal();
  }
}
