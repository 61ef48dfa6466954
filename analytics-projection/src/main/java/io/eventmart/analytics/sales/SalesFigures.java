package io.eventmart.analytics.sales;

import io.eventmart.contracts.analytics.SalesSummary;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Map;

/**
 * The counts and sums behind a {@link SalesSummary}, and the arithmetic that turns them into one:
 * net revenue, average order value and the two rates. A ratio over nothing is 0, never a division
 * by zero; money keeps two decimal places (half-even rounding for the average).
 *
 * @param ordersPlaced orders placed in the window
 * @param ordersConfirmed orders confirmed in the window
 * @param ordersCancelled orders cancelled in the window
 * @param ordersFailed orders failed in the window
 * @param failuresByReason the failed ones by reason
 * @param grossRevenue totals of the orders confirmed in the window
 * @param unitsSold units of the orders confirmed in the window
 * @param refunded refunds completed in the window
 * @param paymentsWithOutcome payments captured, declined or failed in the window
 * @param paymentsDeclinedOrFailed those of them declined or failed
 */
record SalesFigures(
    long ordersPlaced,
    long ordersConfirmed,
    long ordersCancelled,
    long ordersFailed,
    Map<String, Long> failuresByReason,
    BigDecimal grossRevenue,
    long unitsSold,
    BigDecimal refunded,
    long paymentsWithOutcome,
    long paymentsDeclinedOrFailed) {

  private static final int MONEY_SCALE = 2;

  SalesSummary toSummary(Instant from, Instant to, String currency) {
    BigDecimal gross = money(grossRevenue);
    BigDecimal refunds = money(refunded);
    return new SalesSummary(
        from,
        to,
        currency,
        ordersPlaced,
        ordersConfirmed,
        ordersCancelled,
        ordersFailed,
        failuresByReason,
        gross,
        refunds,
        gross.subtract(refunds),
        averageOrderValue(gross),
        unitsSold,
        ratio(ordersConfirmed, ordersPlaced),
        ratio(paymentsDeclinedOrFailed, paymentsWithOutcome));
  }

  private BigDecimal averageOrderValue(BigDecimal gross) {
    return ordersConfirmed == 0
        ? money(BigDecimal.ZERO)
        : gross.divide(BigDecimal.valueOf(ordersConfirmed), MONEY_SCALE, RoundingMode.HALF_EVEN);
  }

  private static BigDecimal money(BigDecimal amount) {
    return amount.setScale(MONEY_SCALE, RoundingMode.UNNECESSARY);
  }

  private static double ratio(long part, long whole) {
    return whole == 0 ? 0.0 : (double) part / whole;
  }
}
