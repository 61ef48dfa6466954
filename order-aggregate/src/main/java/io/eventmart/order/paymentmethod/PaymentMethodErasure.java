package io.eventmart.order.paymentmethod;

import io.eventmart.contracts.order.OrderEvent.OrderCancelled;
import io.eventmart.contracts.order.OrderEvent.OrderConfirmed;
import io.eventmart.contracts.order.OrderEvent.OrderFailed;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;

/**
 * Erases an order's payment method once nobody will ask for it again: the order is confirmed (its
 * payment was captured), failed or cancelled. A token kept no longer than needed cannot leak later.
 *
 * <p>It runs in a processing group of its own, so a slow or failing erasure never holds up the saga
 * or a projection. Replaying it would be pointless (the entries are long gone) and is disallowed.
 */
@ProcessingGroup(PaymentMethodErasure.PROCESSING_GROUP)
@DisallowReplay
public class PaymentMethodErasure {

  public static final String PROCESSING_GROUP = "payment-method-erasure";

  private final PaymentMethodVault vault;

  public PaymentMethodErasure(PaymentMethodVault vault) {
    this.vault = vault;
  }

  @EventHandler
  void on(OrderConfirmed event) {
    vault.erase(event.orderId());
  }

  @EventHandler
  void on(OrderFailed event) {
    vault.erase(event.orderId());
  }

  @EventHandler
  void on(OrderCancelled event) {
    vault.erase(event.orderId());
  }
}
