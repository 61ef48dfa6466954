package io.eventmart.order.catalog;

import io.eventmart.contracts.product.query.OrderableProduct;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The rule that only products that exist and are on sale go into a cart or an order. A product
 * discontinued between this check and the stock reservation is still caught later: the reservation
 * is refused and the order fails with {@code PRODUCT_UNAVAILABLE}.
 */
public final class OrderableProducts {

  private OrderableProducts() {}

  /**
   * Refuses the request when one of {@code productIds} is unknown or not on sale.
   *
   * @param refusingAggregate {@code order} or {@code cart}: the prefix of the refusal's code
   */
  public static void require(
      ProductCatalog catalog, Collection<UUID> productIds, String refusingAggregate) {
    Map<UUID, OrderableProduct> known = catalog.find(Set.copyOf(productIds));
    List<UUID> unknown = productIds.stream().filter(id -> !known.containsKey(id)).toList();
    if (!unknown.isEmpty()) {
      throw new UnknownProducts(refusingAggregate, unknown);
    }
    List<OrderableProduct> offSale =
        productIds.stream().map(known::get).filter(product -> !product.isOnSale()).toList();
    if (!offSale.isEmpty()) {
      throw new ProductsNotOnSale(refusingAggregate, offSale);
    }
  }
}
