package io.eventmart.order.catalog;

import io.eventmart.contracts.product.query.OrderableProduct;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The port to the products' current facts. */
public interface ProductCatalog {

  /** The current name, price and status of the given products; unknown ids are absent. */
  Map<UUID, OrderableProduct> find(Set<UUID> productIds);
}
