package io.eventmart.contracts.analytics;

import java.math.BigDecimal;
import java.time.Instant;

/** Confirmed sales in one time bucket. */
public record SalesBucket(Instant bucketStart, long orders, long units, BigDecimal revenue) {}
