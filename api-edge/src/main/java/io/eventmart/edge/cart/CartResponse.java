package io.eventmart.edge.cart;

import io.eventmart.contracts.cart.query.CartItemView;
import io.eventmart.contracts.cart.query.CartView;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A customer's cart at current prices: its lines with their totals, and the cart's total. */
public record CartResponse(List<CartItemResponse> items, BigDecimal total, String currency) {

  public CartResponse {
    items = List.copyOf(items);
  }

  static CartResponse of(CartView view) {
    return new CartResponse(
        view.items().stream().map(CartItemResponse::of).toList(), view.total(), view.currency());
  }

  /** One line of the cart, priced at the product's current price. */
  public record CartItemResponse(
      UUID productId, String name, int quantity, BigDecimal unitPrice, BigDecimal lineTotal) {

    static CartItemResponse of(CartItemView view) {
      return new CartItemResponse(
          view.productId(), view.name(), view.quantity(), view.unitPrice(), view.lineTotal());
    }
  }
}
