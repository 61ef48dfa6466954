package io.eventmart.inventory.product;

import io.eventmart.contracts.error.DomainException;
import io.eventmart.contracts.error.ErrorKind;
import java.util.Map;
import java.util.UUID;

/**
 * Refuses to register a product id a second time under another SKU. (Registering it again under its
 * own SKU is a retry and changes nothing.)
 */
public final class ProductAlreadyRegistered extends DomainException {

  public static final String CODE = "product.already-registered";

  ProductAlreadyRegistered(UUID productId, String registeredSku, String requestedSku) {
    super(
        CODE,
        ErrorKind.CONFLICT,
        "Product " + productId + " is already registered with SKU '" + registeredSku + "'",
        Map.of(
            "productId", productId.toString(),
            "sku", registeredSku,
            "requestedSku", requestedSku));
  }
}
