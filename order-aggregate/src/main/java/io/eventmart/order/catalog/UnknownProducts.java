package io.eventmart.order.catalog;

import io.eventmart.contracts.error.DomainException;
import io.eventmart.contracts.error.ErrorKind;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** A cart or an order named a product the catalog does not know. */
public final class UnknownProducts extends DomainException {

  UnknownProducts(String refusingAggregate, List<UUID> productIds) {
    super(
        refusingAggregate + ".unknown-product",
        ErrorKind.REJECTED,
        "No such product: " + joined(productIds),
        Map.of("productIds", joined(productIds)));
  }

  private static String joined(List<UUID> productIds) {
    return productIds.stream().map(UUID::toString).collect(Collectors.joining(", "));
  }
}
