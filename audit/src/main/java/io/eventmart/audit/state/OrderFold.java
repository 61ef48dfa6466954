package io.eventmart.audit.state;

import io.eventmart.contracts.audit.OrderState;
import io.eventmart.contracts.audit.OrderState.OrderLineState;
import io.eventmart.contracts.common.ShippingAddress;
import io.eventmart.contracts.order.CancelledBy;
import io.eventmart.contracts.order.FailureReason;
import io.eventmart.contracts.order.OrderEvent.OrderCancelled;
import io.eventmart.contracts.order.OrderEvent.OrderConfirmed;
import io.eventmart.contracts.order.OrderEvent.OrderDelivered;
import io.eventmart.contracts.order.OrderEvent.OrderFailed;
import io.eventmart.contracts.order.OrderEvent.OrderPlaced;
import io.eventmart.contracts.order.OrderEvent.OrderProcessingStarted;
import io.eventmart.contracts.order.OrderEvent.OrderShipped;
import io.eventmart.contracts.order.OrderLine;
import io.eventmart.contracts.order.OrderStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An order's state from its {@link io.eventmart.contracts.order.OrderEvent}s. */
final class OrderFold implements StateFold {

  private UUID orderId;
  private UUID customerId;
  private OrderStatus status;
  private List<OrderLineState> lines = List.of();
  private BigDecimal total;
  private String currency;
  private ShippingAddress shippingAddress;
  private String paymentMethodType;
  private String idempotencyKey;
  private UUID paymentId;
  private FailureReason failureReason;
  private String failureDetail;
  private CancelledBy cancelledBy;
  private String cancellationReason;
  private Instant placedAt;

  @Override
  public void apply(RecordedEvent event) {
    Object payload = event.payload();
    if (payload instanceof OrderPlaced placed) {
      orderId = placed.orderId();
      customerId = placed.customerId();
      lines = placed.lines().stream().map(OrderFold::line).toList();
      total = placed.total().amount();
      currency = placed.total().currency();
      shippingAddress = placed.shippingAddress();
      paymentMethodType = placed.paymentMethodType();
      idempotencyKey = placed.idempotencyKey();
      placedAt = event.timestamp();
      status = OrderStatus.PENDING;
    } else if (payload instanceof OrderConfirmed confirmed) {
      paymentId = confirmed.paymentId();
      status = OrderStatus.CONFIRMED;
    } else if (payload instanceof OrderProcessingStarted) {
      status = OrderStatus.PROCESSING;
    } else if (payload instanceof OrderShipped) {
      status = OrderStatus.SHIPPED;
    } else if (payload instanceof OrderDelivered) {
      status = OrderStatus.DELIVERED;
    } else if (payload instanceof OrderCancelled cancelled) {
      cancelledBy = cancelled.cancelledBy();
      cancellationReason = cancelled.reason();
      status = OrderStatus.CANCELLED;
    } else if (payload instanceof OrderFailed failed) {
      failureReason = failed.reason();
      failureDetail = failed.detail();
      status = OrderStatus.FAILED;
    } else {
      throw StateFold.unknown(event);
    }
  }

  @Override
  public OrderState state() {
    return new OrderState(
        orderId,
        customerId,
        status,
        lines,
        total,
        currency,
        shippingAddress,
        paymentMethodType,
        idempotencyKey,
        paymentId,
        failureReason,
        failureDetail,
        cancelledBy,
        cancellationReason,
        placedAt);
  }

  private static OrderLineState line(OrderLine line) {
    return new OrderLineState(
        line.productId(),
        line.productName(),
        line.quantity(),
        line.unitPrice().amount(),
        line.lineTotal().amount());
  }
}
