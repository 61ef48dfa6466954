package io.eventmart.order.saga;

import java.time.Duration;
import java.util.Objects;

/**
 * How long the order saga waits before it gives an order up.
 *
 * @param paymentTimeout how long after requesting the payment an outcome must arrive
 * @param reservationTimeout how long after placement every line's stock must have answered
 */
public record OrderSagaSettings(Duration paymentTimeout, Duration reservationTimeout) {

  public OrderSagaSettings {
    requirePositive(paymentTimeout, "paymentTimeout");
    requirePositive(reservationTimeout, "reservationTimeout");
  }

  private static void requirePositive(Duration timeout, String name) {
    Objects.requireNonNull(timeout, name);
    if (timeout.isZero() || timeout.isNegative()) {
      throw new IllegalArgumentException(name + " must be positive, not " + timeout);
    }
  }
}
