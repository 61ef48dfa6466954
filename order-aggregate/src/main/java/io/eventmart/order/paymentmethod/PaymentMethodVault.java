package io.eventmart.order.paymentmethod;

import io.eventmart.contracts.common.PaymentMethod;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps the payment method (with its secret token) of each order whose payment is not settled yet.
 * Implementations write in the caller's transaction, so an entry exists exactly when the placement
 * that stored it was committed.
 */
public interface PaymentMethodVault {

  /** Keeps {@code paymentMethod} for {@code orderId}, replacing what was kept for it before. */
  void store(UUID orderId, PaymentMethod paymentMethod);

  /** The payment method kept for {@code orderId}; empty if none was stored or it was erased. */
  Optional<PaymentMethod> find(UUID orderId);

  /** Forgets the payment method of {@code orderId}; nothing happens if none is kept. */
  void erase(UUID orderId);
}
