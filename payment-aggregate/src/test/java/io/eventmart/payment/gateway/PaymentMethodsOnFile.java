package io.eventmart.payment.gateway;

import io.eventmart.contracts.common.PaymentMethod;
import io.eventmart.contracts.order.FindPaymentMethodForOrder;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.queryhandling.QueryHandler;

/** Answers {@link FindPaymentMethodForOrder} the way the order service does, from a map. */
public final class PaymentMethodsOnFile {

  private final Map<UUID, PaymentMethod> byOrder = new ConcurrentHashMap<>();

  public void register(UUID orderId, String cardToken) {
    byOrder.put(orderId, PaymentMethod.card(cardToken));
  }

  @QueryHandler
  public Optional<PaymentMethod> handle(FindPaymentMethodForOrder query) {
    return Optional.ofNullable(byOrder.get(query.orderId()));
  }
}
