package io.eventmart.order.order;

import io.eventmart.contracts.common.Money;
import io.eventmart.contracts.order.OrderLine;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The rules the lines of a new order must meet, each a named check that refuses with its own error.
 * Bean Validation already guards the shape of a {@code PlaceOrder} command; these rules also
 * protect the orders a cart's checkout places, which no validator sees.
 */
final class PlacementRules {

  private PlacementRules() {}

  static void check(List<OrderLine> lines) {
    requireAtLeastOneLine(lines);
    requireEachProductOnce(lines);
    requirePositiveUnitPrices(lines);
    requireOneCurrency(lines);
  }

  private static void requireAtLeastOneLine(List<OrderLine> lines) {
    if (lines.isEmpty()) {
      throw new OrderWithoutLines();
    }
  }

  private static void requireEachProductOnce(List<OrderLine> lines) {
    Set<UUID> seen = new HashSet<>();
    for (OrderLine line : lines) {
      if (!seen.add(line.productId())) {
        throw new DuplicateProduct(line.productId());
      }
    }
  }

  private static void requirePositiveUnitPrices(List<OrderLine> lines) {
    for (OrderLine line : lines) {
      if (!line.unitPrice().isPositive()) {
        throw new NonPositiveUnitPrice(line.productId(), line.unitPrice());
      }
    }
  }

  private static void requireOneCurrency(List<OrderLine> lines) {
    Set<String> currencies =
        lines.stream().map(line -> line.unitPrice().currency()).collect(Collectors.toSet());
    if (currencies.size() > 1) {
      throw new MixedCurrencies(currencies);
    }
  }

  /** The order's total; only meaningful once {@link #requireOneCurrency} has passed. */
  static Money totalOf(List<OrderLine> lines) {
    return lines.stream().map(OrderLine::lineTotal).reduce(Money::plus).orElseThrow();
  }
}
