package io.eventmart.inventory.product;

import io.eventmart.contracts.error.DomainException;
import io.eventmart.contracts.error.ErrorKind;
import java.util.Map;

/** Refuses a registration whose SKU another product already holds. */
public final class DuplicateSku extends DomainException {

  public static final String CODE = "product.duplicate-sku";

  DuplicateSku(String sku) {
    super(
        CODE,
        ErrorKind.CONFLICT,
        "SKU '" + sku + "' already belongs to another product",
        Map.of("sku", sku));
  }
}
