package io.eventmart.order.testdata;

import io.eventmart.contracts.cart.PriceQuote;
import io.eventmart.contracts.common.Money;
import io.eventmart.contracts.order.OrderLine;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/** A few catalog products with fixed ids, names and prices, so tests read like a shop. */
public enum Products {
  MUG("6f1c2a8e-0000-4000-8000-000000000001", "Blue mug", "12.50"),
  PEN("6f1c2a8e-0000-4000-8000-000000000002", "Fountain pen", "34.00"),
  LAMP("6f1c2a8e-0000-4000-8000-000000000003", "Desk lamp", "59.90");

  private final UUID id;
  private final String productName;
  private final Money price;

  Products(String id, String productName, String price) {
    this.id = UUID.fromString(id);
    this.productName = productName;
    this.price = Money.of(price, "EUR");
  }

  public UUID id() {
    return id;
  }

  /** An order line of {@code quantity} units at the product's catalog price. */
  public OrderLine line(int quantity) {
    return new OrderLine(id, productName, quantity, price);
  }

  /** The catalog's current name and price of the product. */
  public PriceQuote quote() {
    return new PriceQuote(id, productName, price);
  }

  /** {@code count} lines of one unit each, every one of another (made-up) product. */
  public static List<OrderLine> distinctLines(int count) {
    return IntStream.rangeClosed(1, count)
        .mapToObj(i -> new OrderLine(productId(i), "Product " + i, 1, Money.of("1.00", "EUR")))
        .toList();
  }

  /** The id of made-up product number {@code number}, the same in every test. */
  public static UUID productId(int number) {
    return UUID.nameUUIDFromBytes(("product-" + number).getBytes(StandardCharsets.UTF_8));
  }
}
