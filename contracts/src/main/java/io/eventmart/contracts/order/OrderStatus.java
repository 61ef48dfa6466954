package io.eventmart.contracts.order;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an order is in its life. {@code PENDING → CONFIRMED → PROCESSING → SHIPPED → DELIVERED};
 * {@code CANCELLED} from PENDING, CONFIRMED or PROCESSING; {@code FAILED} from PENDING.
 */
public enum OrderStatus {
  PENDING,
  CONFIRMED,
  PROCESSING,
  SHIPPED,
  DELIVERED,
  CANCELLED,
  FAILED;

  private static final Set<OrderStatus> TERMINAL = EnumSet.of(DELIVERED, CANCELLED, FAILED);
  private static final Set<OrderStatus> CANCELLABLE = EnumSet.of(PENDING, CONFIRMED, PROCESSING);

  /** No command changes a terminal order any more. */
  public boolean isTerminal() {
    return TERMINAL.contains(this);
  }

  public boolean isCancellable() {
    return CANCELLABLE.contains(this);
  }
}
