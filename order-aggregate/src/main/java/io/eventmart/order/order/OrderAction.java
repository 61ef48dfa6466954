package io.eventmart.order.order;

import static io.eventmart.contracts.order.OrderStatus.CONFIRMED;
import static io.eventmart.contracts.order.OrderStatus.PENDING;
import static io.eventmart.contracts.order.OrderStatus.PROCESSING;
import static io.eventmart.contracts.order.OrderStatus.SHIPPED;

import io.eventmart.contracts.order.OrderStatus;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a lifecycle command asks of an order, and the statuses the status machine allows it from.
 * The whole machine is in this one table, so it can be checked against the spec at a glance.
 */
enum OrderAction {
  CONFIRM("confirm", EnumSet.of(PENDING)),
  START_PROCESSING("start-processing", EnumSet.of(CONFIRMED)),
  SHIP("ship", EnumSet.of(PROCESSING)),
  DELIVER("deliver", EnumSet.of(SHIPPED)),
  CANCEL("cancel", EnumSet.of(PENDING, CONFIRMED, PROCESSING)),
  FAIL("fail", EnumSet.of(PENDING));

  private final String label;
  private final Set<OrderStatus> allowedFrom;

  OrderAction(String label, Set<OrderStatus> allowedFrom) {
    this.label = label;
    this.allowedFrom = allowedFrom;
  }

  boolean isAllowedFrom(OrderStatus status) {
    return allowedFrom.contains(status);
  }

  /** The name clients see in an error's details, e.g. {@code start-processing}. */
  String label() {
    return label;
  }
}
