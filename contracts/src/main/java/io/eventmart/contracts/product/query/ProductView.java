package io.eventmart.contracts.product.query;

import io.eventmart.contracts.product.ProductStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A product as the catalog shows it, with its stock. */
public record ProductView(
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
    Instant updatedAt) {}
