package io.eventmart.catalog.it;

import io.eventmart.contracts.common.Money;
import io.eventmart.contracts.common.ShippingAddress;
import io.eventmart.contracts.order.OrderEvent.OrderPlaced;
import io.eventmart.contracts.order.OrderLine;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An order as the order aggregate places it; without lines of its own it has one default line. */
final class OrderBuilder {

  static final ShippingAddress ADDRESS =
      new ShippingAddress("Ada Lovelace", "1 Analytical St", "London", "N1 9GU", "GB");

  private final UUID orderId = UUID.randomUUID();
  private UUID customerId = UUID.randomUUID();
  private final List<OrderLine> lines = new ArrayList<>();
  private final OrderLine defaultLine =
      new OrderLine(UUID.randomUUID(), "Kettle", 1, Money.of("25.00", "EUR"));

  static OrderBuilder anOrder() {
    return new OrderBuilder();
  }

  OrderBuilder by(UUID customerId) {
    this.customerId = customerId;
    return this;
  }

  OrderBuilder withLine(String productName, int quantity, String unitPrice) {
    lines.add(new OrderLine(UUID.randomUUID(), productName, quantity, Money.of(unitPrice, "EUR")));
    return this;
  }

  UUID id() {
    return orderId;
  }

  UUID customerId() {
    return customerId;
  }

  List<OrderLine> lines() {
    return lines.isEmpty() ? List.of(defaultLine) : List.copyOf(lines);
  }

  OrderPlaced placed() {
    Money total = lines().stream().map(OrderLine::lineTotal).reduce(Money.zero("EUR"), Money::plus);
    return new OrderPlaced(orderId, customerId, lines(), total, ADDRESS, "card", null);
  }
}
