package io.eventmart.relay.contract;

import io.eventmart.contracts.common.Money;
import io.eventmart.contracts.order.OrderLine;
import io.eventmart.contracts.product.StockLevels;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds the {@code data} object of one integration event. Fields keep the order they are added in,
 * so the JSON reads the same every time; ids and enums become strings, and amounts become decimal
 * strings with two places (never floating point numbers), next to one {@code currency}.
 */
final class Data {

  private final Map<String, Object> fields = new LinkedHashMap<>();

  private Data() {}

  static Data with(String name, Object value) {
    return new Data().and(name, value);
  }

  /** Adds a field; {@code null} stays {@code null} (documented as optional). */
  Data and(String name, Object value) {
    fields.put(name, plain(value));
    return this;
  }

  Data amount(String name, Money money) {
    return and(name, money.amount().toPlainString());
  }

  /** The resulting stock levels, flat: {@code onHand}, {@code reserved}, {@code available}. */
  Data levels(StockLevels levels) {
    return and("onHand", levels.onHand())
        .and("reserved", levels.reserved())
        .and("available", levels.available());
  }

  /** Order lines as {@code items}, followed by their {@code total} and {@code currency}. */
  Data items(List<OrderLine> lines, Money total) {
    List<Map<String, Object>> items =
        lines.stream()
            .map(
                line ->
                    with("productId", line.productId())
                        .and("name", line.productName())
                        .and("quantity", line.quantity())
                        .amount("unitPrice", line.unitPrice())
                        .amount("lineTotal", line.lineTotal())
                        .build())
            .toList();
    return and("items", items).amount("total", total).and("currency", total.currency());
  }

  Map<String, Object> build() {
    return Collections.unmodifiableMap(fields);
  }

  private static Object plain(Object value) {
    if (value instanceof Enum<?> constant) {
      return constant.name();
    }
    if (value instanceof UUID id) {
      return id.toString();
    }
    return value;
  }
}
