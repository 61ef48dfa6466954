package io.eventmart.contracts.order;

import static io.eventmart.contracts.order.OrderLimits.MAX_IDEMPOTENCY_KEY_LENGTH;
import static io.eventmart.contracts.order.OrderLimits.MAX_LINES;
import static io.eventmart.contracts.order.OrderLimits.MAX_REASON_LENGTH;

import io.eventmart.contracts.common.PaymentMethod;
import io.eventmart.contracts.common.ShippingAddress;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Commands handled by the order aggregate (order-aggregate). Customers and admins send the
 * lifecycle commands through the edge; the order saga sends {@link ConfirmOrder} and {@link
 * FailOrder}. A command that does not fit the current status is refused with an error naming it.
 */
public sealed interface OrderCommand {

  UUID orderId();

  /**
   * Places an order with prices captured now. Placing the same order id again with the same content
   * (a retried request with the same idempotency key) changes nothing; with different content it is
   * refused.
   */
  record PlaceOrder(
      @TargetAggregateIdentifier @NotNull UUID orderId,
      @NotNull UUID customerId,
      @NotNull @Size(min = 1, max = MAX_LINES) List<@NotNull @Valid OrderLine> lines,
      @NotNull @Valid ShippingAddress shippingAddress,
      @NotNull @Valid PaymentMethod paymentMethod,
      @Size(max = MAX_IDEMPOTENCY_KEY_LENGTH) String idempotencyKey)
      implements OrderCommand {

    public PlaceOrder {
      lines = lines == null ? null : List.copyOf(lines);
    }
  }

  /** Stock is held and the payment is captured: the order is confirmed (sent by the saga). */
  record ConfirmOrder(@TargetAggregateIdentifier @NotNull UUID orderId, @NotNull UUID paymentId)
      implements OrderCommand {}

  /** The warehouse starts picking the order (admin). */
  record StartOrderProcessing(@TargetAggregateIdentifier @NotNull UUID orderId)
      implements OrderCommand {}

  /** The order left the warehouse (admin). */
  record ShipOrder(@TargetAggregateIdentifier @NotNull UUID orderId) implements OrderCommand {}

  /** The order reached the customer (admin). */
  record DeliverOrder(@TargetAggregateIdentifier @NotNull UUID orderId) implements OrderCommand {}

  /** Cancels a pending, confirmed or processing order; the saga then compensates. */
  record CancelOrder(
      @TargetAggregateIdentifier @NotNull UUID orderId,
      @NotNull CancelledBy cancelledBy,
      @NotBlank @Size(max = MAX_REASON_LENGTH) String reason)
      implements OrderCommand {}

  /** The saga gave up on a pending order; {@code detail} says what happened. */
  record FailOrder(
      @TargetAggregateIdentifier @NotNull UUID orderId,
      @NotNull FailureReason reason,
      @NotBlank @Size(max = MAX_REASON_LENGTH) String detail)
      implements OrderCommand {}
}
