package io.eventmart.analytics.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventmart.contracts.analytics.BucketSize;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SalesBucketsTest {

  @Test
  void coversTheWindowWithWholeHoursFromTheHourItStartsIn() {
    assertThat(
            SalesBuckets.startsBetween(
                Instant.parse("2026-03-02T09:30:00Z"),
                Instant.parse("2026-03-02T12:00:00Z"),
                BucketSize.HOUR))
        .containsExactly(
            Instant.parse("2026-03-02T09:00:00Z"),
            Instant.parse("2026-03-02T10:00:00Z"),
            Instant.parse("2026-03-02T11:00:00Z"));
  }

  @Test
  void endsWithTheBucketTheLastMomentOfTheWindowFallsIn() {
    assertThat(
            SalesBuckets.startsBetween(
                Instant.parse("2026-03-02T00:00:00Z"),
                Instant.parse("2026-03-04T00:00:01Z"),
                BucketSize.DAY))
        .containsExactly(
            Instant.parse("2026-03-02T00:00:00Z"),
            Instant.parse("2026-03-03T00:00:00Z"),
            Instant.parse("2026-03-04T00:00:00Z"));
  }

  @Test
  void bucketsByMinute() {
    assertThat(
            SalesBuckets.startsBetween(
                Instant.parse("2026-03-02T09:00:30Z"),
                Instant.parse("2026-03-02T09:02:00Z"),
                BucketSize.MINUTE))
        .containsExactly(
            Instant.parse("2026-03-02T09:00:00Z"), Instant.parse("2026-03-02T09:01:00Z"));
  }

  @Test
  void hasNoBucketsForAnEmptyWindow() {
    Instant at = Instant.parse("2026-03-02T09:00:00Z");

    assertThat(SalesBuckets.startsBetween(at, at, BucketSize.HOUR)).isEmpty();
  }

  @Test
  void refusesAWindowOfMoreBucketsThanAChartCanShow() {
    assertThatThrownBy(
            () ->
                SalesBuckets.startsBetween(
                    Instant.parse("2026-01-01T00:00:00Z"),
                    Instant.parse("2027-01-01T00:00:00Z"),
                    BucketSize.MINUTE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("525600 MINUTE buckets");
  }

  @Test
  void namesTheUnitsAsPostgresqlDoes() {
    assertThat(SalesBuckets.sqlUnitOf(BucketSize.MINUTE)).isEqualTo("minute");
    assertThat(SalesBuckets.sqlUnitOf(BucketSize.HOUR)).isEqualTo("hour");
    assertThat(SalesBuckets.sqlUnitOf(BucketSize.DAY)).isEqualTo("day");
  }
}
