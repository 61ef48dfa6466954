package io.eventmart.inventory.product;

import io.eventmart.contracts.common.Money;
import io.eventmart.contracts.product.ProductCommand.RegisterProduct;
import io.eventmart.contracts.product.ProductEvent.ProductRegistered;
import io.eventmart.contracts.product.StockEvent.StockInitialized;
import io.eventmart.contracts.product.StockLevels;
import java.util.UUID;

/**
 * Test data builder for a product registration and the events it leads to. Defaults: a mug priced
 * 12.50 EUR with 20 units on hand and a low-stock threshold of 5.
 */
final class ProductTestData {

  static final UUID PRODUCT_ID = UUID.fromString("7d3c1f9e-2b4a-4c61-9a55-0f1e2d3c4b5a");
  static final String SKU = "MUG-001";
  static final Money PRICE = Money.of("12.50", "EUR");

  private String sku = SKU;
  private String name = "Enamel mug";
  private String description = "Holds 350 ml";
  private String category = "Kitchen";
  private Money price = PRICE;
  private int initialStock = 20;
  private int lowStockThreshold = 5;

  private ProductTestData() {}

  static ProductTestData aProduct() {
    return new ProductTestData();
  }

  ProductTestData withSku(String sku) {
    this.sku = sku;
    return this;
  }

  ProductTestData withPrice(Money price) {
    this.price = price;
    return this;
  }

  ProductTestData withInitialStock(int initialStock) {
    this.initialStock = initialStock;
    return this;
  }

  ProductTestData withLowStockThreshold(int lowStockThreshold) {
    this.lowStockThreshold = lowStockThreshold;
    return this;
  }

  RegisterProduct registration() {
    return new RegisterProduct(
        PRODUCT_ID, sku, name, description, category, price, initialStock, lowStockThreshold);
  }

  ProductRegistered registered() {
    return new ProductRegistered(PRODUCT_ID, sku, name, description, category, price);
  }

  StockInitialized stockInitialized() {
    return new StockInitialized(PRODUCT_ID, levels(initialStock, 0), lowStockThreshold);
  }

  /** What a registration records (low stock of an opening count aside). */
  Object[] registeredWithStock() {
    return new Object[] {registered(), stockInitialized()};
  }

  static StockLevels levels(int onHand, int reserved) {
    return StockLevels.of(onHand, reserved);
  }
}
