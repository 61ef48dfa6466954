package io.eventmart.order.order;

import io.eventmart.contracts.error.DomainException;
import io.eventmart.contracts.error.ErrorKind;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** All lines of an order are priced in one currency, so the order has one total. */
public final class MixedCurrencies extends DomainException {

  public static final String CODE = "order.mixed-currencies";

  MixedCurrencies(Set<String> currencies) {
    super(
        CODE,
        ErrorKind.REJECTED,
        "All lines of an order must be priced in one currency, not " + sorted(currencies),
        Map.of("currencies", String.join(",", sorted(currencies))));
  }

  private static Set<String> sorted(Set<String> currencies) {
    return new TreeSet<>(currencies);
  }
}
