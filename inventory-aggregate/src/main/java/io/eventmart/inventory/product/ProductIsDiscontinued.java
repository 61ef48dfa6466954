package io.eventmart.inventory.product;

import io.eventmart.contracts.error.DomainException;
import io.eventmart.contracts.error.ErrorKind;
import io.eventmart.contracts.product.ProductStatus;
import java.util.Map;
import java.util.UUID;

/**
 * Refuses to change the catalog entry of a discontinued product or to restock it: it is off sale
 * and kept only for its history.
 */
public final class ProductIsDiscontinued extends DomainException {

  public static final String CODE = "product.discontinued";

  ProductIsDiscontinued(UUID productId, Class<?> refusedCommand) {
    super(
        CODE,
        ErrorKind.CONFLICT,
        "Product "
            + productId
            + " is discontinued: "
            + refusedCommand.getSimpleName()
            + " is not allowed any more",
        Map.of(
            "productId", productId.toString(),
            "currentStatus", ProductStatus.DISCONTINUED.name(),
            "action", refusedCommand.getSimpleName()));
  }
}
