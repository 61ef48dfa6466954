package io.eventmart.audit.state;

import io.eventmart.contracts.audit.ProductState;
import io.eventmart.contracts.product.ProductEvent.ProductDetailsChanged;
import io.eventmart.contracts.product.ProductEvent.ProductDiscontinued;
import io.eventmart.contracts.product.ProductEvent.ProductPriceChanged;
import io.eventmart.contracts.product.ProductEvent.ProductRegistered;
import io.eventmart.contracts.product.ProductStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A product's catalog entry from its {@link io.eventmart.contracts.product.ProductEvent}s. */
final class ProductFold implements StateFold {

  private UUID productId;
  private String sku;
  private String name;
  private String description;
  private String category;
  private BigDecimal price;
  private String currency;
  private ProductStatus status;
  private Instant registeredAt;

  @Override
  public void apply(RecordedEvent event) {
    Object payload = event.payload();
    if (payload instanceof ProductRegistered registered) {
      productId = registered.productId();
      sku = registered.sku();
      name = registered.name();
      description = registered.description();
      category = registered.category();
      price = registered.price().amount();
      currency = registered.price().currency();
      status = ProductStatus.ACTIVE;
      registeredAt = event.timestamp();
    } else if (payload instanceof ProductDetailsChanged changed) {
      name = changed.name();
      description = changed.description();
      category = changed.category();
    } else if (payload instanceof ProductPriceChanged changed) {
      price = changed.price().amount();
      currency = changed.price().currency();
    } else if (payload instanceof ProductDiscontinued) {
      status = ProductStatus.DISCONTINUED;
    } else {
      throw StateFold.unknown(event);
    }
  }

  @Override
  public ProductState state() {
    return new ProductState(
        productId, sku, name, description, category, price, currency, status, registeredAt);
  }
}
