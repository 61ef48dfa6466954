package io.eventmart.order.order;

import io.eventmart.contracts.common.Money;
import io.eventmart.contracts.error.DomainException;
import io.eventmart.contracts.error.ErrorKind;
import java.util.Map;
import java.util.UUID;

/** Nothing is sold for nothing (or less): every unit price is above zero. */
public final class NonPositiveUnitPrice extends DomainException {

  public static final String CODE = "order.non-positive-price";

  NonPositiveUnitPrice(UUID productId, Money unitPrice) {
    super(
        CODE,
        ErrorKind.REJECTED,
        "The unit price of product " + productId + " must be above zero, not " + unitPrice,
        Map.of("productId", productId.toString(), "unitPrice", unitPrice.toString()));
  }
}
