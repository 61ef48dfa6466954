package io.eventmart.edge.cart;

import io.eventmart.contracts.common.PaymentMethod;
import io.eventmart.contracts.common.ShippingAddress;
import io.eventmart.contracts.order.OrderLimits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.UUID;

/** The bodies of the cart endpoints. */
public final class CartRequests {

  private CartRequests() {}

  /** {@code POST /api/cart/items}: adds units (to a line already in the cart, too). */
  public record AddCartItemRequest(
      @NotNull UUID productId,
      @NotNull @Min(1) @Max(OrderLimits.MAX_QUANTITY_PER_LINE) Integer quantity) {}

  /** {@code PUT /api/cart/items/{productId}}: the line's new quantity; 0 removes it. */
  public record CartQuantityRequest(
      @NotNull @PositiveOrZero @Max(OrderLimits.MAX_QUANTITY_PER_LINE) Integer quantity) {}

  /** {@code POST /api/cart/checkout}: where to send the order and how to pay. */
  public record CheckoutRequest(
      @NotNull @Valid ShippingAddress shippingAddress,
      @NotNull @Valid PaymentMethod paymentMethod) {}
}
