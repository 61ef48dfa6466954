package io.eventmart.inventory.product;

import io.eventmart.contracts.common.Money;
import io.eventmart.contracts.error.DomainException;
import io.eventmart.contracts.error.ErrorKind;
import java.util.Map;

/** Refuses a price of zero or less: nothing in the catalog is given away or paid for taking. */
public final class PriceNotPositive extends DomainException {

  public static final String CODE = "product.price-not-positive";

  PriceNotPositive(Money price) {
    super(
        CODE,
        ErrorKind.REJECTED,
        "A price must be positive, not " + price,
        Map.of("price", price.amount().toPlainString(), "currency", price.currency()));
  }
}
