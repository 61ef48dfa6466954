package io.eventmart.contracts.cart;

import static io.eventmart.contracts.order.OrderLimits.MAX_IDEMPOTENCY_KEY_LENGTH;
import static io.eventmart.contracts.order.OrderLimits.MAX_LINES;
import static io.eventmart.contracts.order.OrderLimits.MAX_QUANTITY_PER_LINE;

import io.eventmart.contracts.common.PaymentMethod;
import io.eventmart.contracts.common.ShippingAddress;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Commands handled by the cart aggregate (order-aggregate). A customer has one cart, whose id is
 * the customer's id; the first item added creates it.
 */
public sealed interface CartCommand {

  UUID cartId();

  /** Adds units of a product; adding a product already in the cart increases its quantity. */
  record AddItemToCart(
      @TargetAggregateIdentifier @NotNull UUID cartId,
      @NotNull UUID productId,
      @Positive @Max(MAX_QUANTITY_PER_LINE) int quantity)
      implements CartCommand {}

  /** Sets a line's quantity; 0 removes the line. */
  record ChangeCartItemQuantity(
      @TargetAggregateIdentifier @NotNull UUID cartId,
      @NotNull UUID productId,
      @PositiveOrZero @Max(MAX_QUANTITY_PER_LINE) int quantity)
      implements CartCommand {}

  record RemoveCartItem(@TargetAggregateIdentifier @NotNull UUID cartId, @NotNull UUID productId)
      implements CartCommand {}

  record ClearCart(@TargetAggregateIdentifier @NotNull UUID cartId) implements CartCommand {}

  /**
   * Turns the cart into order {@code orderId} with the prices quoted now (one quote per product in
   * the cart) and empties the cart, in one unit of work.
   */
  record CheckOutCart(
      @TargetAggregateIdentifier @NotNull UUID cartId,
      @NotNull UUID orderId,
      @NotNull @Size(min = 1, max = MAX_LINES) List<@NotNull @Valid PriceQuote> prices,
      @NotNull @Valid ShippingAddress shippingAddress,
      @NotNull @Valid PaymentMethod paymentMethod,
      @Size(max = MAX_IDEMPOTENCY_KEY_LENGTH) String idempotencyKey)
      implements CartCommand {

    public CheckOutCart {
      prices = prices == null ? null : List.copyOf(prices);
    }
  }
}
