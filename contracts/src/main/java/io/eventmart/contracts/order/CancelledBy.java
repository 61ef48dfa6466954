package io.eventmart.contracts.order;

/** Who asked for a cancellation. */
public enum CancelledBy {
  CUSTOMER,
  ADMIN
}
