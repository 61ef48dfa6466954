package io.eventmart.relay.contract;

import static io.eventmart.contracts.integration.IntegrationEventTypes.PRODUCT_CREATED;
import static io.eventmart.contracts.integration.IntegrationEventTypes.PRODUCT_DELETED;
import static io.eventmart.contracts.integration.IntegrationEventTypes.PRODUCT_PRICE_CHANGED;
import static io.eventmart.contracts.integration.IntegrationEventTypes.PRODUCT_UPDATED;

import io.eventmart.contracts.product.ProductEvent;
import io.eventmart.contracts.product.ProductEvent.ProductDetailsChanged;
import io.eventmart.contracts.product.ProductEvent.ProductDiscontinued;
import io.eventmart.contracts.product.ProductEvent.ProductPriceChanged;
import io.eventmart.contracts.product.ProductEvent.ProductRegistered;
import io.eventmart.contracts.product.ProductStatus;

/**
 * {@link ProductEvent}s as {@code product.*} integration events (aggregate type {@code product}).
 */
final class ProductEventMapping {

  private ProductEventMapping() {}

  static TypedData map(ProductEvent event) {
    if (event instanceof ProductRegistered registered) {
      return new TypedData(
          PRODUCT_CREATED,
          Data.with("productId", registered.productId())
              .and("sku", registered.sku())
              .and("name", registered.name())
              .and("description", registered.description())
              .and("category", registered.category())
              .amount("price", registered.price())
              .and("currency", registered.price().currency())
              .and("status", ProductStatus.ACTIVE)
              .build());
    }
    if (event instanceof ProductDetailsChanged changed) {
      return new TypedData(
          PRODUCT_UPDATED,
          Data.with("productId", changed.productId())
              .and("name", changed.name())
              .and("description", changed.description())
              .and("category", changed.category())
              .build());
    }
    if (event instanceof ProductPriceChanged priceChanged) {
      return new TypedData(
          PRODUCT_PRICE_CHANGED,
          Data.with("productId", priceChanged.productId())
              .amount("previousPrice", priceChanged.previousPrice())
              .amount("price", priceChanged.price())
              .and("currency", priceChanged.price().currency())
              .build());
    }
    if (event instanceof ProductDiscontinued discontinued) {
      return new TypedData(
          PRODUCT_DELETED,
          Data.with("productId", discontinued.productId())
              .and("status", ProductStatus.DISCONTINUED)
              .build());
    }
    throw new UnmappedEventException(event);
  }
}
