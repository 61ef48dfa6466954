package io.eventmart.order.testdata;

import io.eventmart.contracts.common.PaymentMethod;
import io.eventmart.order.paymentmethod.PaymentMethodVault;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The payment method vault as a map, to hand to fixtures as an injectable resource. */
public final class InMemoryPaymentMethodVault implements PaymentMethodVault {

  private final Map<UUID, PaymentMethod> entries = new HashMap<>();

  @Override
  public void store(UUID orderId, PaymentMethod paymentMethod) {
    entries.put(orderId, paymentMethod);
  }

  @Override
  public Optional<PaymentMethod> find(UUID orderId) {
    return Optional.ofNullable(entries.get(orderId));
  }

  @Override
  public void erase(UUID orderId) {
    entries.remove(orderId);
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }
}
