package io.eventmart.analytics.sales;

import io.eventmart.contracts.analytics.BucketSize;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The buckets of a sales-over-time answer: every bucket that overlaps the window [from, to), oldest
 * first, each starting on a whole UTC minute, hour or day, including the empty ones.
 */
final class SalesBuckets {

  /** More buckets than this would be a list no chart can show (a year has 525,600 minutes). */
  static final int MAX_BUCKETS = 10_000;

  private SalesBuckets() {}

  static ChronoUnit unitOf(BucketSize size) {
    return switch (size) {
      case MINUTE -> ChronoUnit.MINUTES;
      case HOUR -> ChronoUnit.HOURS;
      case DAY -> ChronoUnit.DAYS;
    };
  }

  /** PostgreSQL's name of the bucket's unit, for {@code date_trunc}. */
  static String sqlUnitOf(BucketSize size) {
    return switch (size) {
      case MINUTE -> "minute";
      case HOUR -> "hour";
      case DAY -> "day";
    };
  }

  static List<Instant> startsBetween(Instant from, Instant to, BucketSize size) {
    ChronoUnit unit = unitOf(size);
    Instant first = from.truncatedTo(unit);
    long count = from.isBefore(to) ? unit.between(first, to.minusNanos(1)) + 1 : 0;
    if (count > MAX_BUCKETS) {
      throw new IllegalArgumentException(
          "The window from "
              + from
              + " to "
              + to
              + " holds "
              + count
              + " "
              + size
              + " buckets; at most "
              + MAX_BUCKETS
              + " can be answered, so ask for larger buckets or a shorter window");
    }
    List<Instant> starts = new ArrayList<>();
    for (Instant start = first; start.isBefore(to); start = start.plus(1, unit)) {
      starts.add(start);
    }
    return starts;
  }
}
