package io.eventmart.edge.catalog;

import io.eventmart.contracts.product.ProductStatus;
import io.eventmart.contracts.product.query.ProductView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A product as the API shows it, with its stock and whether it is still on sale. */
public record ProductResponse(
    UUID productId,
    String sku,
    String name,
    String description,
    String category,
    BigDecimal price,
    String currency,
    ProductStatus status,
    int onHand,
    int reserved,
    int availableStock,
    int lowStockThreshold,
    boolean lowStock,
    Instant createdAt,
    Instant updatedAt) {

  static ProductResponse of(ProductView view) {
    return new ProductResponse(
        view.productId(),
        view.sku(),
        view.name(),
        view.description(),
        view.category(),
        view.price(),
        view.currency(),
        view.status(),
        view.onHand(),
        view.reserved(),
        view.availableStock(),
        view.lowStockThreshold(),
        view.lowStock(),
        view.createdAt(),
        view.updatedAt());
  }
}
