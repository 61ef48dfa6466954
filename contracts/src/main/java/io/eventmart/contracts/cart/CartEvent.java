package io.eventmart.contracts.cart;

import io.eventmart.contracts.order.OrderLine;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** What happened to a customer's cart. */
public sealed interface CartEvent {

  UUID cartId();

  /** {@code quantity} is the line's quantity after adding {@code quantityAdded}. */
  @Revision("1")
  record CartItemAdded(UUID cartId, UUID productId, int quantityAdded, int quantity)
      implements CartEvent {}

  @Revision("1")
  record CartItemQuantityChanged(UUID cartId, UUID productId, int quantity) implements CartEvent {}

  @Revision("1")
  record CartItemRemoved(UUID cartId, UUID productId) implements CartEvent {}

  @Revision("1")
  record CartCleared(UUID cartId) implements CartEvent {}

  /** The cart became order {@code orderId} with these priced lines; the cart is empty again. */
  @Revision("1")
  record CartCheckedOut(UUID cartId, UUID orderId, List<OrderLine> lines) implements CartEvent {}
}
