package io.eventmart.contracts.payment.query;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** Questions about payments, answered by the catalog read model (catalog-projection). */
public sealed interface PaymentQuery {

  /** One payment; answered with an optional {@link PaymentView}. */
  record FindPayment(@NotNull UUID paymentId) implements PaymentQuery {}

  /** The payment of an order; answered with an optional {@link PaymentView}. */
  record FindPaymentForOrder(@NotNull UUID orderId) implements PaymentQuery {}
}
