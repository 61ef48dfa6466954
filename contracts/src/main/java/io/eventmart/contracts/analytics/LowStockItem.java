package io.eventmart.contracts.analytics;

import java.time.Instant;
import java.util.UUID;

/** A product whose availability is below its threshold, and since when. */
public record LowStockItem(
    UUID productId, String name, int available, int threshold, Instant since) {}
