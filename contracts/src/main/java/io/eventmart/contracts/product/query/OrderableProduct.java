package io.eventmart.contracts.product.query;

import io.eventmart.contracts.common.Money;
import io.eventmart.contracts.product.ProductStatus;
import java.util.UUID;

/**
 * What an order needs to know about a product: its name, its price now, and whether it is on sale.
 */
public record OrderableProduct(UUID productId, String name, Money price, ProductStatus status) {

  public boolean isOnSale() {
    return status == ProductStatus.ACTIVE;
  }
}
