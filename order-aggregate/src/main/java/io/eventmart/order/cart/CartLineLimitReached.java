package io.eventmart.order.cart;

import static io.eventmart.contracts.order.OrderLimits.MAX_LINES;

import io.eventmart.contracts.error.DomainException;
import io.eventmart.contracts.error.ErrorKind;
import java.util.Map;

/**
 * A cart has at most {@code OrderLimits.MAX_LINES} lines, the most one order may have, so every
 * cart can be checked out.
 */
public final class CartLineLimitReached extends DomainException {

  public static final String CODE = "cart.too-many-lines";

  CartLineLimitReached() {
    super(
        CODE,
        ErrorKind.REJECTED,
        "A cart has at most " + MAX_LINES + " lines",
        Map.of("maxLines", String.valueOf(MAX_LINES)));
  }
}
