package io.eventmart.edge.order;

import io.eventmart.contracts.common.PaymentMethod;
import io.eventmart.contracts.common.ShippingAddress;
import io.eventmart.contracts.order.OrderLimits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** The bodies of the order endpoints. */
public final class OrderRequests {

  private OrderRequests() {}

  /**
   * {@code POST /api/orders}: what to order, where to send it and how to pay. Names and prices are
   * not the client's to say: the edge takes them from the inventory service.
   */
  public record PlaceOrderRequest(
      @NotNull @Size(min = 1, max = OrderLimits.MAX_LINES) List<@NotNull @Valid OrderItemRequest> items,
      @NotNull @Valid ShippingAddress shippingAddress,
      @NotNull @Valid PaymentMethod paymentMethod) {}

  /** One product and how many of it. */
  public record OrderItemRequest(
      @NotNull UUID productId, @Min(1) @Max(OrderLimits.MAX_QUANTITY_PER_LINE) int quantity) {}

  /** {@code POST /api/orders/{id}/cancel}: an optional reason, kept in the order's history. */
  public record CancelOrderRequest(@Size(max = OrderLimits.MAX_REASON_LENGTH) String reason) {}
}
