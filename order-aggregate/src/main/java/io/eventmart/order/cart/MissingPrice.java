package io.eventmart.order.cart;

import io.eventmart.contracts.error.DomainException;
import io.eventmart.contracts.error.ErrorKind;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Checkout needs the catalog's current price of every product in the cart; an order is never placed
 * with a price guessed or remembered from earlier.
 */
public final class MissingPrice extends DomainException {

  public static final String CODE = "cart.missing-price";

  MissingPrice(List<UUID> productIds) {
    super(
        CODE,
        ErrorKind.REJECTED,
        "No current price was given for products " + joined(productIds),
        Map.of("productIds", joined(productIds)));
  }

  private static String joined(List<UUID> productIds) {
    return productIds.stream().map(UUID::toString).collect(Collectors.joining(","));
  }
}
