package io.eventmart.contracts.order.query;

import io.eventmart.contracts.common.ShippingAddress;
import io.eventmart.contracts.order.FailureReason;
import io.eventmart.contracts.order.OrderStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An order with its lines, totals, payment and the whole history of its status. */
public record OrderView(
    UUID orderId,
    UUID customerId,
    OrderStatus status,
    List<OrderItemView> items,
    BigDecimal total,
    String currency,
    ShippingAddress shippingAddress,
    UUID paymentId,
    FailureReason failureReason,
    List<StatusChange> history,
    Instant createdAt,
    Instant updatedAt) {

  public OrderView {
    items = List.copyOf(items);
    history = List.copyOf(history);
  }
}
