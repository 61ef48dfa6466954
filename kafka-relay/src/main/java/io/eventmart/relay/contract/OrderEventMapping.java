package io.eventmart.relay.contract;

import static io.eventmart.contracts.integration.IntegrationEventTypes.ORDER_CANCELLED;
import static io.eventmart.contracts.integration.IntegrationEventTypes.ORDER_CONFIRMED;
import static io.eventmart.contracts.integration.IntegrationEventTypes.ORDER_CREATED;
import static io.eventmart.contracts.integration.IntegrationEventTypes.ORDER_DELIVERED;
import static io.eventmart.contracts.integration.IntegrationEventTypes.ORDER_FAILED;
import static io.eventmart.contracts.integration.IntegrationEventTypes.ORDER_PROCESSING;
import static io.eventmart.contracts.integration.IntegrationEventTypes.ORDER_SHIPPED;

import io.eventmart.contracts.common.ShippingAddress;
import io.eventmart.contracts.order.OrderEvent;
import io.eventmart.contracts.order.OrderEvent.OrderCancelled;
import io.eventmart.contracts.order.OrderEvent.OrderConfirmed;
import io.eventmart.contracts.order.OrderEvent.OrderDelivered;
import io.eventmart.contracts.order.OrderEvent.OrderFailed;
import io.eventmart.contracts.order.OrderEvent.OrderPlaced;
import io.eventmart.contracts.order.OrderEvent.OrderProcessingStarted;
import io.eventmart.contracts.order.OrderEvent.OrderShipped;
import io.eventmart.contracts.order.OrderStatus;
import java.util.Map;

/**
 * {@link OrderEvent}s as {@code order.*} integration events (aggregate type {@code order}). Each
 * carries the order's {@code status} after it. The idempotency key of a placement is the client's
 * own business and stays inside the platform.
 */
final class OrderEventMapping {

  private OrderEventMapping() {}

  static TypedData map(OrderEvent event) {
    if (event instanceof OrderPlaced placed) {
      return new TypedData(
          ORDER_CREATED,
          Data.with("orderId", placed.orderId())
              .and("status", OrderStatus.PENDING)
              .and("customerId", placed.customerId())
              .items(placed.lines(), placed.total())
              .and("shippingAddress", address(placed.shippingAddress()))
              .and("paymentMethodType", placed.paymentMethodType())
              .build());
    }
    if (event instanceof OrderConfirmed confirmed) {
      return new TypedData(
          ORDER_CONFIRMED,
          Data.with("orderId", confirmed.orderId())
              .and("status", OrderStatus.CONFIRMED)
              .and("paymentId", confirmed.paymentId())
              .build());
    }
    if (event instanceof OrderProcessingStarted processing) {
      return statusOnly(ORDER_PROCESSING, processing, OrderStatus.PROCESSING);
    }
    if (event instanceof OrderShipped shipped) {
      return statusOnly(ORDER_SHIPPED, shipped, OrderStatus.SHIPPED);
    }
    if (event instanceof OrderDelivered delivered) {
      return statusOnly(ORDER_DELIVERED, delivered, OrderStatus.DELIVERED);
    }
    if (event instanceof OrderCancelled cancelled) {
      return new TypedData(
          ORDER_CANCELLED,
          Data.with("orderId", cancelled.orderId())
              .and("status", OrderStatus.CANCELLED)
              .and("previousStatus", cancelled.previousStatus())
              .and("cancelledBy", cancelled.cancelledBy())
              .and("reason", cancelled.reason())
              .build());
    }
    if (event instanceof OrderFailed failed) {
      return new TypedData(
          ORDER_FAILED,
          Data.with("orderId", failed.orderId())
              .and("status", OrderStatus.FAILED)
              .and("reason", failed.reason())
              .and("detail", failed.detail())
              .build());
    }
    throw new UnmappedEventException(event);
  }

  private static TypedData statusOnly(String type, OrderEvent event, OrderStatus status) {
    return new TypedData(type, Data.with("orderId", event.orderId()).and("status", status).build());
  }

  private static Map<String, Object> address(ShippingAddress address) {
    return Data.with("name", address.name())
        .and("street", address.street())
        .and("city", address.city())
        .and("postalCode", address.postalCode())
        .and("country", address.country())
        .build();
  }
}
