package io.eventmart.contracts.analytics;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;

/**
 * Questions answered by the analytics model (analytics-projection, fed from Kafka). Windows are
 * [{@code from}, {@code to}); amounts are in {@code currency}.
 */
public sealed interface AnalyticsQuery {

  int MAX_TOP_PRODUCTS = 100;

  /** Answered with a {@link SalesSummary}. */
  record GetSalesSummary(
      @NotNull Instant from,
      @NotNull Instant to,
      @NotNull @Pattern(regexp = "[A-Z]{3}") String currency)
      implements AnalyticsQuery {}

  /** Answered with a list of {@link SalesBucket}, oldest first, empty buckets included. */
  record GetSalesOverTime(
      @NotNull Instant from,
      @NotNull Instant to,
      @NotNull BucketSize bucket,
      @NotNull @Pattern(regexp = "[A-Z]{3}") String currency)
      implements AnalyticsQuery {}

  /** Answered with a list of {@link TopProduct}, best first. */
  record GetTopProducts(
      @NotNull Instant from,
      @NotNull Instant to,
      @Min(1) @Max(MAX_TOP_PRODUCTS) int limit,
      @NotNull @Pattern(regexp = "[A-Z]{3}") String currency)
      implements AnalyticsQuery {}

  /** Answered with a list of {@link LowStockItem}, lowest availability first. */
  record GetLowStock() implements AnalyticsQuery {}

  /**
   * Subscription query: the {@link SalesSummary} of a window, again each time the analytics model
   * changes. Initial result and updates: {@link SalesSummary}.
   */
  record WatchSalesSummary(
      @NotNull Instant from,
      @NotNull Instant to,
      @NotNull @Pattern(regexp = "[A-Z]{3}") String currency)
      implements AnalyticsQuery {}
}
