package io.eventmart.contracts.order;

import io.eventmart.contracts.common.Money;
import io.eventmart.contracts.common.ShippingAddress;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * What happened to an order. {@link OrderPlaced} starts the order saga; the payment token is not in
 * it (tokens never enter events), only the method type.
 */
public sealed interface OrderEvent {

  UUID orderId();

  @Revision("1")
  record OrderPlaced(
      UUID orderId,
      UUID customerId,
      List<OrderLine> lines,
      Money total,
      ShippingAddress shippingAddress,
      String paymentMethodType,
      String idempotencyKey)
      implements OrderEvent {}

  @Revision("1")
  record OrderConfirmed(UUID orderId, UUID paymentId) implements OrderEvent {}

  @Revision("1")
  record OrderProcessingStarted(UUID orderId) implements OrderEvent {}

  @Revision("1")
  record OrderShipped(UUID orderId) implements OrderEvent {}

  @Revision("1")
  record OrderDelivered(UUID orderId) implements OrderEvent {}

  @Revision("1")
  record OrderCancelled(
      UUID orderId, OrderStatus previousStatus, CancelledBy cancelledBy, String reason)
      implements OrderEvent {}

  @Revision("1")
  record OrderFailed(UUID orderId, FailureReason reason, String detail) implements OrderEvent {}
}
