package io.eventmart.contracts.order;

/** Limits of an order (and of the cart it may come from). */
public final class OrderLimits {

  /** Most lines one order or cart may have. */
  public static final int MAX_LINES = 100;

  /** Most units of one product in one order line. */
  public static final int MAX_QUANTITY_PER_LINE = 1000;

  public static final int MAX_REASON_LENGTH = 500;
  public static final int MAX_IDEMPOTENCY_KEY_LENGTH = 200;

  private OrderLimits() {}
}
