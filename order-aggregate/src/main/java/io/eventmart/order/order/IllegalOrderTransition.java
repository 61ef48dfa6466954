package io.eventmart.order.order;

import io.eventmart.contracts.error.DomainException;
import io.eventmart.contracts.error.ErrorKind;
import io.eventmart.contracts.order.OrderStatus;
import java.util.Map;
import java.util.UUID;

/** The order's current status does not allow the requested action (409). */
public final class IllegalOrderTransition extends DomainException {

  public static final String CODE = "order.illegal-transition";

  IllegalOrderTransition(UUID orderId, OrderStatus currentStatus, OrderAction action) {
    super(
        CODE,
        ErrorKind.CONFLICT,
        "Order " + orderId + " is " + currentStatus + " and cannot " + action.label(),
        Map.of("currentStatus", currentStatus.name(), "action", action.label()));
  }
}
