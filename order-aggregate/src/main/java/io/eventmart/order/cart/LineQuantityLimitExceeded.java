package io.eventmart.order.cart;

import static io.eventmart.contracts.order.OrderLimits.MAX_QUANTITY_PER_LINE;

import io.eventmart.contracts.error.DomainException;
import io.eventmart.contracts.error.ErrorKind;
import java.util.Map;
import java.util.UUID;

/** A cart line holds at most {@code OrderLimits.MAX_QUANTITY_PER_LINE} units. */
public final class LineQuantityLimitExceeded extends DomainException {

  public static final String CODE = "cart.line-quantity-limit";

  LineQuantityLimitExceeded(UUID productId, int quantity) {
    super(
        CODE,
        ErrorKind.REJECTED,
        "A cart line holds at most "
            + MAX_QUANTITY_PER_LINE
            + " units; product "
            + productId
            + " would have "
            + quantity,
        Map.of(
            "productId",
            productId.toString(),
            "quantity",
            String.valueOf(quantity),
            "maxQuantity",
            String.valueOf(MAX_QUANTITY_PER_LINE)));
  }
}
