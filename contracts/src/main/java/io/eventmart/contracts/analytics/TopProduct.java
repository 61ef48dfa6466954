package io.eventmart.contracts.analytics;

import java.math.BigDecimal;
import java.util.UUID;

/** A best seller of a window: units and revenue of confirmed orders. */
public record TopProduct(UUID productId, String name, long units, BigDecimal revenue) {}
