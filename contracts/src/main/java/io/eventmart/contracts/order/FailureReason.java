package io.eventmart.contracts.order;

/** Why the order saga gave up on a pending order. */
public enum FailureReason {
  /** A line could not be reserved: not enough stock. */
  OUT_OF_STOCK,
  /** The payment was declined, or failed (gateway error, circuit breaker open). */
  PAYMENT_DECLINED,
  /** No payment outcome arrived before the payment deadline. */
  PAYMENT_TIMEOUT,
  /** A line's product is discontinued or could not be reserved at all. */
  PRODUCT_UNAVAILABLE
}
