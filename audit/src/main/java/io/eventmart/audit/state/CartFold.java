package io.eventmart.audit.state;

import io.eventmart.contracts.audit.CartState;
import io.eventmart.contracts.audit.CartState.CartItemState;
import io.eventmart.contracts.cart.CartEvent.CartCheckedOut;
import io.eventmart.contracts.cart.CartEvent.CartCleared;
import io.eventmart.contracts.cart.CartEvent.CartItemAdded;
import io.eventmart.contracts.cart.CartEvent.CartItemQuantityChanged;
import io.eventmart.contracts.cart.CartEvent.CartItemRemoved;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A cart's state from its {@link io.eventmart.contracts.cart.CartEvent}s. */
final class CartFold implements StateFold {

  private UUID cartId;

  /** Quantity per product, in the order the products were first added (as the cart keeps them). */
  private final Map<UUID, Integer> quantities = new LinkedHashMap<>();

  private final List<UUID> checkedOutOrders = new ArrayList<>();

  @Override
  public void apply(RecordedEvent event) {
    Object payload = event.payload();
    if (payload instanceof CartItemAdded added) {
      cartId = added.cartId();
      quantities.put(added.productId(), added.quantity());
    } else if (payload instanceof CartItemQuantityChanged changed) {
      cartId = changed.cartId();
      quantities.put(changed.productId(), changed.quantity());
    } else if (payload instanceof CartItemRemoved removed) {
      cartId = removed.cartId();
      quantities.remove(removed.productId());
    } else if (payload instanceof CartCleared cleared) {
      cartId = cleared.cartId();
      quantities.clear();
    } else if (payload instanceof CartCheckedOut checkedOut) {
      cartId = checkedOut.cartId();
      quantities.clear();
      checkedOutOrders.add(checkedOut.orderId());
    } else {
      throw StateFold.unknown(event);
    }
  }

  @Override
  public CartState state() {
    return new CartState(
        cartId,
        quantities.entrySet().stream()
            .map(line -> new CartItemState(line.getKey(), line.getValue()))
            .toList(),
        checkedOutOrders);
  }
}
