package io.eventmart.contracts.search;

import java.math.BigDecimal;
import java.util.List;

/**
 * How the matching products spread over categories and price ranges (counts ignore the facet's own
 * filter's paging, not the other filters).
 */
public record SearchFacets(List<ValueCount> categories, List<RangeCount> priceRanges) {

  public SearchFacets {
    categories = List.copyOf(categories);
    priceRanges = List.copyOf(priceRanges);
  }

  /** How many matching products have this value. */
  public record ValueCount(String value, long count) {}

  /**
   * How many matching products cost from {@code from} (inclusive) to {@code to} (exclusive; null =
   * open).
   */
  public record RangeCount(BigDecimal from, BigDecimal to, long count) {}
}
