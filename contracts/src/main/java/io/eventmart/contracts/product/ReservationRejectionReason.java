package io.eventmart.contracts.product;

/** Why stock could not be reserved for an order line. */
public enum ReservationRejectionReason {
  /** Fewer units are available than the line asks for. */
  INSUFFICIENT_STOCK,
  /** The product has been discontinued and takes no new orders. */
  PRODUCT_DISCONTINUED
}
