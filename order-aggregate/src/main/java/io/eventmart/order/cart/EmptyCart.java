package io.eventmart.order.cart;

import io.eventmart.contracts.error.DomainException;
import io.eventmart.contracts.error.ErrorKind;

/** There is nothing to order in an empty cart. */
public final class EmptyCart extends DomainException {

  public static final String CODE = "cart.empty";

  EmptyCart() {
    super(CODE, ErrorKind.REJECTED, "The cart is empty: there is nothing to check out");
  }
}
