package io.eventmart.analytics.sales;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventmart.contracts.analytics.SalesSummary;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SalesFiguresTest {

  private static final Instant FROM = Instant.parse("2026-03-02T00:00:00Z");
  private static final Instant TO = Instant.parse("2026-03-03T00:00:00Z");

  @Test
  void derivesNetRevenueAverageOrderValueAndTheRates() {
    SalesSummary summary =
        new SalesFigures(
                5,
                3,
                1,
                2,
                Map.of("OUT_OF_STOCK", 2L),
                new BigDecimal("95.00"),
                5,
                new BigDecimal("30.00"),
                4,
                1)
            .toSummary(FROM, TO, "EUR");

    assertThat(summary.netRevenue()).isEqualTo(new BigDecimal("65.00"));
    assertThat(summary.averageOrderValue()).isEqualTo(new BigDecimal("31.67"));
    assertThat(summary.conversionRate()).isEqualTo(0.6);
    assertThat(summary.paymentDeclineRate()).isEqualTo(0.25);
    assertThat(summary.failuresByReason()).containsExactly(Map.entry("OUT_OF_STOCK", 2L));
  }

  @Test
  void answersRatiosOverNothingWithZero() {
    SalesSummary summary =
        new SalesFigures(0, 0, 0, 0, Map.of(), BigDecimal.ZERO, 0, BigDecimal.ZERO, 0, 0)
            .toSummary(FROM, TO, "EUR");

    assertThat(summary.averageOrderValue()).isEqualTo(new BigDecimal("0.00"));
    assertThat(summary.grossRevenue()).isEqualTo(new BigDecimal("0.00"));
    assertThat(summary.netRevenue()).isEqualTo(new BigDecimal("0.00"));
    assertThat(summary.conversionRate()).isZero();
    assertThat(summary.paymentDeclineRate()).isZero();
  }

  @Test
  void letsMoreOrdersBeConfirmedThanPlacedWhenTheyWerePlacedBeforeTheWindow() {
    SalesSummary summary =
        new SalesFigures(1, 2, 0, 0, Map.of(), new BigDecimal("10.00"), 2, BigDecimal.ZERO, 2, 0)
            .toSummary(FROM, TO, "EUR");

    assertThat(summary.conversionRate()).isEqualTo(2.0);
  }

  @Test
  void roundsTheAverageOrderValueHalfEven() {
    SalesSummary summary =
        new SalesFigures(4, 4, 0, 0, Map.of(), new BigDecimal("10.10"), 4, BigDecimal.ZERO, 4, 0)
            .toSummary(FROM, TO, "EUR");

    assertThat(summary.averageOrderValue()).isEqualTo(new BigDecimal("2.52"));
  }
}
