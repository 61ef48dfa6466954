package io.eventmart.order.paymentmethod;

import io.eventmart.contracts.common.PaymentMethod;
import io.eventmart.contracts.order.FindPaymentMethodForOrder;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;

/** Answers the payment service's question for an order's payment method, token included. */
public class PaymentMethodLookup {

  private final PaymentMethodVault vault;

  public PaymentMethodLookup(PaymentMethodVault vault) {
    this.vault = vault;
  }

  @QueryHandler
  Optional<PaymentMethod> handle(FindPaymentMethodForOrder query) {
    return vault.find(query.orderId());
  }
}
