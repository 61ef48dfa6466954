package io.eventmart.contracts.audit;

import java.util.List;
import java.util.UUID;

/**
 * A customer's cart as its events made it.
 *
 * @param cartId the cart (the customer's id)
 * @param items its lines, in the order their products were first added
 * @param checkedOutOrders the orders the cart became, oldest first
 */
public record CartState(UUID cartId, List<CartItemState> items, List<UUID> checkedOutOrders)
    implements AggregateState {

  public CartState {
    items = List.copyOf(items);
    checkedOutOrders = List.copyOf(checkedOutOrders);
  }

  /** One line of the cart. */
  public record CartItemState(UUID productId, int quantity) {}
}
