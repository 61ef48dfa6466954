package io.eventmart.contracts.audit;

import io.eventmart.contracts.product.ProductStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A product's catalog entry as its catalog events made it (its stock is the {@link
 * InventoryState}).
 *
 * @param productId the product
 * @param sku its stock-keeping unit
 * @param name its name
 * @param description its description
 * @param category its category
 * @param price its price
 * @param currency the price's currency
 * @param status whether it could be ordered
 * @param registeredAt when it was registered
 */
public record ProductState(
    UUID productId,
    String sku,
    String name,
    String description,
    String category,
    BigDecimal price,
    String currency,
    ProductStatus status,
    Instant registeredAt)
    implements AggregateState {}
