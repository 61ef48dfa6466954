package io.eventmart.relay.contract;

import static io.eventmart.contracts.integration.IntegrationEventTypes.PAYMENT_AUTHORIZED;
import static io.eventmart.contracts.integration.IntegrationEventTypes.PAYMENT_COMPLETED;
import static io.eventmart.contracts.integration.IntegrationEventTypes.PAYMENT_FAILED;
import static io.eventmart.contracts.integration.IntegrationEventTypes.PAYMENT_INITIATED;
import static io.eventmart.contracts.integration.IntegrationEventTypes.PAYMENT_REFUNDED;
import static io.eventmart.contracts.integration.IntegrationEventTypes.PAYMENT_REFUND_FAILED;
import static io.eventmart.contracts.integration.IntegrationEventTypes.PAYMENT_REFUND_REQUESTED;
import static io.eventmart.contracts.integration.IntegrationEventTypes.PAYMENT_VOIDED;

import io.eventmart.contracts.payment.PaymentEvent;
import io.eventmart.contracts.payment.PaymentEvent.PaymentAuthorized;
import io.eventmart.contracts.payment.PaymentEvent.PaymentCaptured;
import io.eventmart.contracts.payment.PaymentEvent.PaymentDeclined;
import io.eventmart.contracts.payment.PaymentEvent.PaymentFailed;
import io.eventmart.contracts.payment.PaymentEvent.PaymentRefundFailed;
import io.eventmart.contracts.payment.PaymentEvent.PaymentRefundRequested;
import io.eventmart.contracts.payment.PaymentEvent.PaymentRefunded;
import io.eventmart.contracts.payment.PaymentEvent.PaymentRequested;
import io.eventmart.contracts.payment.PaymentEvent.PaymentVoided;
import io.eventmart.contracts.payment.PaymentStatus;

/**
 * {@link PaymentEvent}s as {@code payment.*} integration events (aggregate type {@code payment}).
 * Every one names its {@code orderId}. A decline and a technical failure are both {@code
 * payment.failed}, told apart by {@code status} ({@code DECLINED} or {@code FAILED}).
 */
final class PaymentEventMapping {

  private PaymentEventMapping() {}

  static TypedData map(PaymentEvent event) {
    if (event instanceof PaymentRequested requested) {
      return new TypedData(
          PAYMENT_INITIATED,
          payment(requested, PaymentStatus.PENDING)
              .and("customerId", requested.customerId())
              .amount("amount", requested.amount())
              .and("currency", requested.amount().currency())
              .and("methodType", requested.methodType())
              .build());
    }
    if (event instanceof PaymentAuthorized authorized) {
      return new TypedData(
          PAYMENT_AUTHORIZED,
          payment(authorized, PaymentStatus.AUTHORIZED)
              .and("gatewayReference", authorized.gatewayReference())
              .build());
    }
    if (event instanceof PaymentCaptured captured) {
      return new TypedData(
          PAYMENT_COMPLETED,
          payment(captured, PaymentStatus.CAPTURED)
              .amount("amount", captured.amount())
              .and("currency", captured.amount().currency())
              .and("gatewayReference", captured.gatewayReference())
              .build());
    }
    if (event instanceof PaymentDeclined declined) {
      return new TypedData(
          PAYMENT_FAILED,
          payment(declined, PaymentStatus.DECLINED).and("reason", declined.reason()).build());
    }
    if (event instanceof PaymentFailed failed) {
      return new TypedData(
          PAYMENT_FAILED,
          payment(failed, PaymentStatus.FAILED).and("reason", failed.reason()).build());
    }
    if (event instanceof PaymentVoided voided) {
      return new TypedData(
          PAYMENT_VOIDED,
          payment(voided, PaymentStatus.VOIDED).and("reason", voided.reason()).build());
    }
    if (event instanceof PaymentRefundRequested requested) {
      return new TypedData(
          PAYMENT_REFUND_REQUESTED,
          Data.with("paymentId", requested.paymentId())
              .and("orderId", requested.orderId())
              .and("refundId", requested.refundId())
              .amount("amount", requested.amount())
              .and("currency", requested.amount().currency())
              .and("reason", requested.reason())
              .build());
    }
    if (event instanceof PaymentRefunded refunded) {
      return new TypedData(
          PAYMENT_REFUNDED,
          payment(refunded, refunded.status())
              .and("refundId", refunded.refundId())
              .amount("amount", refunded.amount())
              .amount("totalRefunded", refunded.totalRefunded())
              .and("currency", refunded.amount().currency())
              .and("gatewayReference", refunded.gatewayReference())
              .build());
    }
    if (event instanceof PaymentRefundFailed failed) {
      return new TypedData(
          PAYMENT_REFUND_FAILED,
          Data.with("paymentId", failed.paymentId())
              .and("orderId", failed.orderId())
              .and("refundId", failed.refundId())
              .amount("amount", failed.amount())
              .and("currency", failed.amount().currency())
              .and("reason", failed.reason())
              .build());
    }
    throw new UnmappedEventException(event);
  }

  /** The fields every payment event starts with: the ids and the status after it. */
  private static Data payment(PaymentEvent event, PaymentStatus status) {
    return Data.with("paymentId", event.paymentId())
        .and("orderId", event.orderId())
        .and("status", status);
  }
}
