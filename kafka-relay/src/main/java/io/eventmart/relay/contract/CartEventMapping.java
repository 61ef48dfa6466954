package io.eventmart.relay.contract;

import static io.eventmart.contracts.integration.IntegrationEventTypes.CART_CHECKED_OUT;
import static io.eventmart.contracts.integration.IntegrationEventTypes.CART_CLEARED;
import static io.eventmart.contracts.integration.IntegrationEventTypes.CART_ITEM_ADDED;
import static io.eventmart.contracts.integration.IntegrationEventTypes.CART_ITEM_CHANGED;
import static io.eventmart.contracts.integration.IntegrationEventTypes.CART_ITEM_REMOVED;

import io.eventmart.contracts.cart.CartEvent;
import io.eventmart.contracts.cart.CartEvent.CartCheckedOut;
import io.eventmart.contracts.cart.CartEvent.CartCleared;
import io.eventmart.contracts.cart.CartEvent.CartItemAdded;
import io.eventmart.contracts.cart.CartEvent.CartItemQuantityChanged;
import io.eventmart.contracts.cart.CartEvent.CartItemRemoved;
import io.eventmart.contracts.common.Money;
import io.eventmart.contracts.order.OrderLine;
import java.util.List;

/**
 * {@link CartEvent}s as {@code cart.*} integration events (aggregate type {@code cart}; a cart's id
 * is its customer's id), for funnel analytics.
 */
final class CartEventMapping {

  private CartEventMapping() {}

  static TypedData map(CartEvent event) {
    if (event instanceof CartItemAdded added) {
      return new TypedData(
          CART_ITEM_ADDED,
          Data.with("cartId", added.cartId())
              .and("productId", added.productId())
              .and("quantityAdded", added.quantityAdded())
              .and("quantity", added.quantity())
              .build());
    }
    if (event instanceof CartItemQuantityChanged changed) {
      return new TypedData(
          CART_ITEM_CHANGED,
          Data.with("cartId", changed.cartId())
              .and("productId", changed.productId())
              .and("quantity", changed.quantity())
              .build());
    }
    if (event instanceof CartItemRemoved removed) {
      return new TypedData(
          CART_ITEM_REMOVED,
          Data.with("cartId", removed.cartId()).and("productId", removed.productId()).build());
    }
    if (event instanceof CartCleared cleared) {
      return new TypedData(CART_CLEARED, Data.with("cartId", cleared.cartId()).build());
    }
    if (event instanceof CartCheckedOut checkedOut) {
      Data data = Data.with("cartId", checkedOut.cartId()).and("orderId", checkedOut.orderId());
      // A cart never checks out empty; should it ever, the event still goes out, without a total.
      checkedOut.lines().stream()
          .map(OrderLine::lineTotal)
          .reduce(Money::plus)
          .ifPresentOrElse(
              total -> data.items(checkedOut.lines(), total), () -> data.and("items", List.of()));
      return new TypedData(CART_CHECKED_OUT, data.build());
    }
    throw new UnmappedEventException(event);
  }
}
