package io.eventmart.edge.analytics;

import io.eventmart.contracts.analytics.BucketSize;
import io.eventmart.edge.web.ApiProblem;
import io.eventmart.edge.web.Problems;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * The time window [{@code from}, {@code to}) an analytics question is about. Refused (400) unless
 * {@code from} is before {@code to}: the analytics model would not even answer an empty or reversed
 * window.
 */
record AnalyticsWindow(Instant from, Instant to) {

  /** How many hours a window lasts when the client does not say. */
  static final long DEFAULT_HOURS = 24;

  /** The most buckets a sales-over-time answer may have (the analytics model's own limit). */
  static final int MAX_BUCKETS = 10_000;

  private static final Duration DEFAULT_LENGTH = Duration.ofHours(DEFAULT_HOURS);

  AnalyticsWindow {
    if (!from.isBefore(to)) {
      throw invalid("from", "must be before to");
    }
  }

  /**
   * A window of the past: {@code to} defaults to now, {@code from} to {@value #DEFAULT_HOURS} hours
   * before {@code to}.
   */
  static AnalyticsWindow ending(Instant from, Instant to, Instant now) {
    Instant end = to != null ? to : now;
    return new AnalyticsWindow(from != null ? from : end.minus(DEFAULT_LENGTH), end);
  }

  /**
   * The window a live stream watches: by default the last {@value #DEFAULT_HOURS} hours and the
   * next ones, so that what happens while the stream is open counts.
   */
  static AnalyticsWindow live(Instant from, Instant to, Instant now) {
    return new AnalyticsWindow(
        from != null ? from : now.minus(DEFAULT_LENGTH),
        to != null ? to : now.plus(DEFAULT_LENGTH));
  }

  /** Refuses (400) a window that would hold more than {@value #MAX_BUCKETS} buckets of a size. */
  void requireAtMostMaxBuckets(BucketSize size) {
    ChronoUnit unit =
        switch (size) {
          case MINUTE -> ChronoUnit.MINUTES;
          case HOUR -> ChronoUnit.HOURS;
          case DAY -> ChronoUnit.DAYS;
        };
    long buckets = unit.between(from.truncatedTo(unit), to.minusNanos(1)) + 1;
    if (buckets > MAX_BUCKETS) {
      throw invalid(
          "bucket",
          "the window holds "
              + buckets
              + " buckets of one "
              + size.name().toLowerCase(Locale.ROOT)
              + "; at most "
              + MAX_BUCKETS
              + " are answered, so ask for larger buckets or a shorter window");
    }
  }

  private static ApiProblem invalid(String field, String message) {
    return new ApiProblem(
        Problems.invalid(
            "Invalid request: " + field + " " + message,
            List.of(new Problems.FieldError(field, message))));
  }
}
