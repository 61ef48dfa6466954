package io.eventmart.search.query;

import java.math.BigDecimal;
import java.util.List;

/**
 * A bucket of the price facet: from {@code from} (inclusive) to {@code to} (exclusive; {@code null}
 * = no upper bound).
 */
record PriceRange(BigDecimal from, BigDecimal to) {

  /**
   * The fixed buckets of the price facet. Fixed rather than computed from the results, so a shopper
   * sees the same ranges on every page and a client can rely on them.
   */
  static final List<PriceRange> FACET_BUCKETS =
      List.of(
          between("0", "25"),
          between("25", "50"),
          between("50", "100"),
          between("100", "250"),
          new PriceRange(new BigDecimal("250"), null));

  private static PriceRange between(String from, String to) {
    return new PriceRange(new BigDecimal(from), new BigDecimal(to));
  }

  /** The name of the bucket in the aggregation, e.g. {@code 25-50} or {@code 250-}. */
  String key() {
    return from.toPlainString() + "-" + (to == null ? "" : to.toPlainString());
  }
}
