package io.eventmart.edge.analytics;

import io.eventmart.contracts.analytics.SalesSummary;
import java.math.BigDecimal;

/**
 * Sales of a window in one currency: orders placed, confirmed, cancelled and failed in it, revenue
 * of the confirmed ones, refunds, and the rates derived from them.
 */
public record SummaryResponse(
    long ordersPlaced,
    long ordersConfirmed,
    long ordersCancelled,
    long ordersFailed,
    BigDecimal grossRevenue,
    BigDecimal refunded,
    BigDecimal netRevenue,
    BigDecimal averageOrderValue,
    long unitsSold,
    double conversionRate,
    double paymentDeclineRate,
    String currency) {

  static SummaryResponse of(SalesSummary summary) {
    return new SummaryResponse(
        summary.ordersPlaced(),
        summary.ordersConfirmed(),
        summary.ordersCancelled(),
        summary.ordersFailed(),
        summary.grossRevenue(),
        summary.refunded(),
        summary.netRevenue(),
        summary.averageOrderValue(),
        summary.unitsSold(),
        summary.conversionRate(),
        summary.paymentDeclineRate(),
        summary.currency());
  }
}
