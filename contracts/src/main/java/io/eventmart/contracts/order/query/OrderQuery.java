package io.eventmart.contracts.order.query;

import io.eventmart.contracts.common.PageRequest;
import io.eventmart.contracts.order.OrderStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** Questions about orders, answered by the catalog read model (catalog-projection). */
public sealed interface OrderQuery {

  /** One order; answered with an optional {@link OrderView}. */
  record FindOrder(@NotNull UUID orderId) implements OrderQuery {}

  /**
   * Orders, newest first, of one customer ({@code customerId}) or of everybody ({@code null}),
   * optionally in one status; answered with an {@link OrderPage}.
   */
  record FindOrders(UUID customerId, OrderStatus status, @NotNull @Valid PageRequest page)
      implements OrderQuery {}

  /**
   * Subscription query on one order. Initial result: the order's history so far as a list of {@link
   * OrderStatusUpdate} (empty when the order is not known yet); updates: each further {@link
   * OrderStatusUpdate}.
   */
  record WatchOrder(@NotNull UUID orderId) implements OrderQuery {}

  /**
   * Subscription query on every order of one customer ({@code customerId}) or of everybody ({@code
   * null}, for admins). Initial result: an empty list; updates: {@link OrderStatusUpdate}.
   */
  record WatchOrders(UUID customerId) implements OrderQuery {}
}
