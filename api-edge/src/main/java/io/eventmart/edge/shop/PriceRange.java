package io.eventmart.edge.shop;

import io.eventmart.edge.web.ApiProblem;
import io.eventmart.edge.web.Problems;
import java.math.BigDecimal;
import java.util.List;

/** The rule of every price filter: a range whose lower end is above its upper end is refused. */
public final class PriceRange {

  private PriceRange() {}

  /** Refuses (400) {@code minPrice} above {@code maxPrice}; either may be absent. */
  public static void require(BigDecimal minPrice, BigDecimal maxPrice) {
    if (minPrice != null && maxPrice != null && minPrice.compareTo(maxPrice) > 0) {
      String message = "must not be greater than maxPrice";
      throw new ApiProblem(
          Problems.invalid(
              "Invalid request: minPrice " + message,
              List.of(new Problems.FieldError("minPrice", message))));
    }
  }
}
