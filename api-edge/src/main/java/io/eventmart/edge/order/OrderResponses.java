package io.eventmart.edge.order;

import io.eventmart.contracts.common.ShippingAddress;
import io.eventmart.contracts.order.FailureReason;
import io.eventmart.contracts.order.OrderStatus;
import io.eventmart.contracts.order.query.OrderItemView;
import io.eventmart.contracts.order.query.OrderStatusUpdate;
import io.eventmart.contracts.order.query.OrderView;
import io.eventmart.contracts.order.query.StatusChange;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The JSON shapes of orders, as API.md defines them. */
public final class OrderResponses {

  private OrderResponses() {}

  /**
   * The answer to a request that started asynchronous work on an order (202): which order, and the
   * status the request put it in.
   */
  public record OrderAccepted(UUID orderId, OrderStatus status) {}

  /** An order with its lines, totals, payment and the history of its status. */
  public record OrderResponse(
      UUID orderId,
      UUID customerId,
      OrderStatus status,
      List<OrderItemResponse> items,
      BigDecimal total,
      String currency,
      ShippingAddress shippingAddress,
      UUID paymentId,
      FailureReason failureReason,
      List<OrderHistoryEntry> history,
      Instant createdAt,
      Instant updatedAt) {

    public OrderResponse {
      items = List.copyOf(items);
      history = List.copyOf(history);
    }

    static OrderResponse of(OrderView view) {
      return new OrderResponse(
          view.orderId(),
          view.customerId(),
          view.status(),
          view.items().stream().map(OrderItemResponse::of).toList(),
          view.total(),
          view.currency(),
          view.shippingAddress(),
          view.paymentId(),
          view.failureReason(),
          view.history().stream().map(OrderHistoryEntry::of).toList(),
          view.createdAt(),
          view.updatedAt());
    }
  }

  /** One line of an order, priced as it was when the order was placed. */
  public record OrderItemResponse(
      UUID productId, String name, int quantity, BigDecimal unitPrice, BigDecimal lineTotal) {

    static OrderItemResponse of(OrderItemView view) {
      return new OrderItemResponse(
          view.productId(), view.name(), view.quantity(), view.unitPrice(), view.lineTotal());
    }
  }

  /** One step of an order's history. */
  public record OrderHistoryEntry(OrderStatus status, Instant at, String reason) {

    static OrderHistoryEntry of(StatusChange change) {
      return new OrderHistoryEntry(change.status(), change.at(), change.reason());
    }
  }

  /** The data of an {@code order-status} server-sent event. */
  public record OrderStatusEvent(UUID orderId, OrderStatus status, Instant at, String reason) {

    static OrderStatusEvent of(OrderStatusUpdate update) {
      return new OrderStatusEvent(update.orderId(), update.status(), update.at(), update.reason());
    }
  }
}
