package io.eventmart.contracts.analytics;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * Sales in the window [{@code from}, {@code to}) in one currency. Counts are of what happened in
 * the window (an order placed before it and confirmed in it counts as confirmed, not placed).
 * {@code conversionRate} = confirmed / placed; {@code paymentDeclineRate} = payments declined or
 * failed / payments that reached an outcome; {@code averageOrderValue} = gross revenue / confirmed.
 */
public record SalesSummary(
    Instant from,
    Instant to,
    String currency,
    long ordersPlaced,
    long ordersConfirmed,
    long ordersCancelled,
    long ordersFailed,
    Map<String, Long> failuresByReason,
    BigDecimal grossRevenue,
    BigDecimal refunded,
    BigDecimal netRevenue,
    BigDecimal averageOrderValue,
    long unitsSold,
    double conversionRate,
    double paymentDeclineRate) {

  public SalesSummary {
    failuresByReason = Map.copyOf(failuresByReason);
  }
}
