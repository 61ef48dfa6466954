package io.eventmart.order.order;

import io.eventmart.contracts.error.DomainException;
import io.eventmart.contracts.error.ErrorKind;

/** An order must contain at least one line. */
public final class OrderWithoutLines extends DomainException {

  public static final String CODE = "order.no-lines";

  OrderWithoutLines() {
    super(CODE, ErrorKind.REJECTED, "An order needs at least one line");
  }
}
