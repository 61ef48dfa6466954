package io.eventmart.contracts.cart.query;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A customer's cart with line totals and the cart total at current prices. */
public record CartView(UUID cartId, List<CartItemView> items, BigDecimal total, String currency) {

  public CartView {
    items = List.copyOf(items);
  }
}
