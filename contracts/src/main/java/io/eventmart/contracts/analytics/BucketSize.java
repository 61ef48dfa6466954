package io.eventmart.contracts.analytics;

/** The width of a sales-over-time bucket. */
public enum BucketSize {
  MINUTE,
  HOUR,
  DAY
}
