package io.eventmart.order.cart;

import io.eventmart.contracts.error.DomainException;
import io.eventmart.contracts.error.ErrorKind;
import java.util.Map;
import java.util.UUID;

/** The product whose quantity should change is not in the cart. */
public final class CartItemNotFound extends DomainException {

  public static final String CODE = "cart.item-not-found";

  CartItemNotFound(UUID productId) {
    super(
        CODE,
        ErrorKind.NOT_FOUND,
        "Product " + productId + " is not in the cart",
        Map.of("productId", productId.toString()));
  }
}
