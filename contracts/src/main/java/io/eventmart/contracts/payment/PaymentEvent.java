package io.eventmart.contracts.payment;

import io.eventmart.contracts.common.Money;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * What happened to a payment. Every event names its order, so the order saga can follow a payment
 * by the order id it already knows.
 */
public sealed interface PaymentEvent {

  UUID paymentId();

  UUID orderId();

  @Revision("1")
  record PaymentRequested(
      UUID paymentId, UUID orderId, UUID customerId, Money amount, String methodType)
      implements PaymentEvent {}

  @Revision("1")
  record PaymentAuthorized(UUID paymentId, UUID orderId, String gatewayReference)
      implements PaymentEvent {}

  @Revision("1")
  record PaymentCaptured(UUID paymentId, UUID orderId, Money amount, String gatewayReference)
      implements PaymentEvent {}

  @Revision("1")
  record PaymentDeclined(UUID paymentId, UUID orderId, String reason) implements PaymentEvent {}

  @Revision("1")
  record PaymentFailed(UUID paymentId, UUID orderId, String reason) implements PaymentEvent {}

  @Revision("1")
  record PaymentVoided(UUID paymentId, UUID orderId, String reason) implements PaymentEvent {}

  @Revision("1")
  record PaymentRefundRequested(
      UUID paymentId, UUID orderId, UUID refundId, Money amount, String reason)
      implements PaymentEvent {}

  /** {@code totalRefunded} is the sum of all completed refunds of the payment after this one. */
  @Revision("1")
  record PaymentRefunded(
      UUID paymentId,
      UUID orderId,
      UUID refundId,
      Money amount,
      Money totalRefunded,
      PaymentStatus status,
      String gatewayReference)
      implements PaymentEvent {}

  @Revision("1")
  record PaymentRefundFailed(
      UUID paymentId, UUID orderId, UUID refundId, Money amount, String reason)
      implements PaymentEvent {}
}
