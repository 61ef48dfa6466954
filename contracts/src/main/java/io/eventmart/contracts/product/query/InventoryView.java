package io.eventmart.contracts.product.query;

import java.util.UUID;

/** A product's stock: on hand, held for orders, still available, and when it counts as low. */
public record InventoryView(
    UUID productId, int onHand, int reserved, int available, int lowStockThreshold) {}
