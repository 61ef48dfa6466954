package io.eventmart.order.testdata;

import io.eventmart.contracts.common.Money;
import io.eventmart.contracts.product.ProductStatus;
import io.eventmart.contracts.product.query.OrderableProduct;
import io.eventmart.order.catalog.ProductCatalog;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A catalog that knows every product on sale unless a test says otherwise: tests name the products
 * that were never registered or have been discontinued.
 */
public final class InMemoryProductCatalog implements ProductCatalog {

  private final Set<UUID> unknown = new HashSet<>();
  private final Set<UUID> discontinued = new HashSet<>();

  public InMemoryProductCatalog withoutProduct(UUID productId) {
    unknown.add(productId);
    return this;
  }

  public InMemoryProductCatalog withDiscontinued(UUID productId) {
    discontinued.add(productId);
    return this;
  }

  @Override
  public Map<UUID, OrderableProduct> find(Set<UUID> productIds) {
    Map<UUID, OrderableProduct> found = new HashMap<>();
    for (UUID id : productIds) {
      if (!unknown.contains(id)) {
        ProductStatus status =
            discontinued.contains(id) ? ProductStatus.DISCONTINUED : ProductStatus.ACTIVE;
        found.put(id, new OrderableProduct(id, "Product " + id, Money.of("1.00", "EUR"), status));
      }
    }
    return found;
  }
}
