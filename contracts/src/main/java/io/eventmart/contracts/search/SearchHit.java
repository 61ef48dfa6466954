package io.eventmart.contracts.search;

import java.math.BigDecimal;
import java.util.UUID;

/** A product found by a search. */
public record SearchHit(
    UUID productId,
    String name,
    String description,
    String category,
    BigDecimal price,
    String currency,
    int availableStock,
    double score) {}
