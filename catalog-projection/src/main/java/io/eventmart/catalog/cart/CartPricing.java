package io.eventmart.catalog.cart;

import io.eventmart.contracts.cart.query.CartItemView;
import io.eventmart.contracts.cart.query.CartView;
import io.eventmart.contracts.common.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Prices a cart's lines at the products' current prices.
 *
 * <ul>
 *   <li>A line's total is its unit price times its quantity.
 *   <li>A line whose product the catalog does not know yet (it lags behind the cart) shows no name,
 *       price or total, and adds nothing to the cart's total.
 *   <li>The cart's total is in the one currency of its priced lines; an empty cart costs 0 in the
 *       default currency. Lines in several currencies have no total (such a cart cannot be ordered
 *       either: an order takes one currency).
 * </ul>
 */
final class CartPricing {

  /** A cart line with its product's current name and price, all {@code null} if unknown. */
  record PricedLine(
      UUID productId, int quantity, String name, BigDecimal unitPrice, String currency) {

    boolean isPriced() {
      return unitPrice != null && currency != null;
    }

    CartItemView view() {
      BigDecimal lineTotal = isPriced() ? unitPrice.multiply(BigDecimal.valueOf(quantity)) : null;
      return new CartItemView(productId, name, quantity, unitPrice, lineTotal);
    }
  }

  private CartPricing() {}

  static CartView price(UUID cartId, List<PricedLine> lines) {
    List<CartItemView> items = lines.stream().map(PricedLine::view).toList();
    List<String> currencies =
        lines.stream().filter(PricedLine::isPriced).map(PricedLine::currency).distinct().toList();
    if (currencies.size() > 1) {
      return new CartView(cartId, items, null, null);
    }
    String currency = currencies.isEmpty() ? Money.DEFAULT_CURRENCY : currencies.get(0);
    BigDecimal total =
        items.stream()
            .map(CartItemView::lineTotal)
            .filter(Objects::nonNull)
            .reduce(Money.zero(currency).amount(), BigDecimal::add);
    return new CartView(cartId, items, total, currency);
  }
}
