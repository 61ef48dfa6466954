package io.eventmart.inventory.it;

import io.eventmart.contracts.common.Money;
import io.eventmart.contracts.product.ProductCommand.RegisterProduct;
import java.util.UUID;

/** Registrations the integration tests send; only what a test is about varies. */
final class Registrations {

  private Registrations() {}

  static RegisterProduct registration(UUID productId, String sku) {
    return registration(productId, sku, 20, 5);
  }

  static RegisterProduct registration(
      UUID productId, String sku, int initialStock, int lowStockThreshold) {
    return new RegisterProduct(
        productId,
        sku,
        "Enamel mug",
        "Holds 350 ml",
        "Kitchen",
        Money.of("12.50", "EUR"),
        initialStock,
        lowStockThreshold);
  }

  static String uniqueSku() {
    return "MUG-" + UUID.randomUUID();
  }
}
