package io.eventmart.inventory.product;

import io.eventmart.contracts.error.DomainException;
import io.eventmart.contracts.error.ErrorKind;
import java.util.Map;

/**
 * Refuses a stock count that would leave fewer units on hand than are held for orders: availability
 * would go negative and promised orders could not ship. Release those reservations first.
 */
public final class CountBelowReserved extends DomainException {

  public static final String CODE = "product.count-below-reserved";

  CountBelowReserved(int countedOnHand, int reserved) {
    super(
        CODE,
        ErrorKind.REJECTED,
        "A count of "
            + countedOnHand
            + " on hand is below the "
            + reserved
            + " units reserved for orders",
        Map.of("onHand", String.valueOf(countedOnHand), "reserved", String.valueOf(reserved)));
  }
}
