package io.eventmart.catalog.it;

import io.eventmart.contracts.common.Money;
import io.eventmart.contracts.product.ProductEvent.ProductRegistered;
import io.eventmart.contracts.product.StockEvent.LowStockDetected;
import io.eventmart.contracts.product.StockEvent.StockInitialized;
import io.eventmart.contracts.product.StockLevels;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A product as the product aggregate registers it; every detail has a default. */
final class ProductBuilder {

  private final UUID productId = UUID.randomUUID();
  private String name = "Kettle";
  private String category = "kitchen";
  private Money price = Money.of("25.00", "EUR");
  private int stock = 10;
  private int lowStockThreshold = 2;

  static ProductBuilder aProduct() {
    return new ProductBuilder();
  }

  ProductBuilder named(String name) {
    this.name = name;
    return this;
  }

  ProductBuilder in(String category) {
    this.category = category;
    return this;
  }

  ProductBuilder pricedAt(String amount) {
    this.price = Money.of(amount, "EUR");
    return this;
  }

  ProductBuilder withStock(int stock) {
    this.stock = stock;
    return this;
  }

  ProductBuilder lowBelow(int threshold) {
    this.lowStockThreshold = threshold;
    return this;
  }

  UUID id() {
    return productId;
  }

  String name() {
    return name;
  }

  Money price() {
    return price;
  }

  String sku() {
    return "SKU-" + productId;
  }

  String description() {
    return name + " for the catalog tests";
  }

  ProductRegistered registration() {
    return new ProductRegistered(productId, sku(), name, description(), category, price);
  }

  StockInitialized openingStock() {
    return new StockInitialized(productId, StockLevels.of(stock, 0), lowStockThreshold);
  }

  /**
   * The events of the registration: the catalog entry, the opening stock and, when that is below
   * the threshold already, the low-stock signal.
   */
  List<Object> registered() {
    List<Object> events = new ArrayList<>();
    events.add(registration());
    events.add(openingStock());
    if (stock < lowStockThreshold) {
      events.add(new LowStockDetected(productId, stock, lowStockThreshold));
    }
    return events;
  }
}
