package io.eventmart.contracts.audit;

import io.eventmart.contracts.common.ShippingAddress;
import io.eventmart.contracts.order.CancelledBy;
import io.eventmart.contracts.order.FailureReason;
import io.eventmart.contracts.order.OrderStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An order as its events made it.
 *
 * @param orderId the order
 * @param customerId who placed it
 * @param status where it was
 * @param lines what was ordered, at the prices captured when it was placed
 * @param total the sum of the lines
 * @param currency the currency of every amount
 * @param shippingAddress where it goes
 * @param paymentMethodType how it is paid (never the card token)
 * @param idempotencyKey the key it was placed with, if any
 * @param paymentId the payment that confirmed it, once confirmed
 * @param failureReason why it failed, once failed
 * @param failureDetail what happened, once failed
 * @param cancelledBy who cancelled it, once cancelled
 * @param cancellationReason why, once cancelled
 * @param placedAt when it was placed
 */
public record OrderState(
    UUID orderId,
    UUID customerId,
    OrderStatus status,
    List<OrderLineState> lines,
    BigDecimal total,
    String currency,
    ShippingAddress shippingAddress,
    String paymentMethodType,
    String idempotencyKey,
    UUID paymentId,
    FailureReason failureReason,
    String failureDetail,
    CancelledBy cancelledBy,
    String cancellationReason,
    Instant placedAt)
    implements AggregateState {

  public OrderState {
    lines = List.copyOf(lines);
  }

  /** One line of the order. */
  public record OrderLineState(
      UUID productId,
      String productName,
      int quantity,
      BigDecimal unitPrice,
      BigDecimal lineTotal) {}
}
