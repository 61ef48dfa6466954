package io.eventmart.order.order;

import io.eventmart.contracts.error.DomainException;
import io.eventmart.contracts.error.ErrorKind;
import java.util.Map;
import java.util.UUID;

/**
 * A product appears on one line only: stock is reserved per (order, product), so a second line for
 * the same product could never be reserved on its own.
 */
public final class DuplicateProduct extends DomainException {

  public static final String CODE = "order.duplicate-product";

  DuplicateProduct(UUID productId) {
    super(
        CODE,
        ErrorKind.REJECTED,
        "Product " + productId + " appears on more than one line",
        Map.of("productId", productId.toString()));
  }
}
