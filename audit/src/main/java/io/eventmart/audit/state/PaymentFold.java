package io.eventmart.audit.state;

import io.eventmart.contracts.audit.PaymentState;
import io.eventmart.contracts.audit.PaymentState.RefundState;
import io.eventmart.contracts.audit.PaymentState.RefundStatus;
import io.eventmart.contracts.common.Money;
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
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A payment's state from its {@link io.eventmart.contracts.payment.PaymentEvent}s. */
final class PaymentFold implements StateFold {

  private UUID paymentId;
  private UUID orderId;
  private UUID customerId;
  private BigDecimal amount;
  private String currency;
  private String methodType;
  private PaymentStatus status;
  private String gatewayReference;
  private String failureReason;
  private BigDecimal capturedAmount;
  private BigDecimal refundedAmount;

  /** Every refund asked for, oldest first. */
  private final Map<UUID, RefundState> refunds = new LinkedHashMap<>();

  @Override
  public void apply(RecordedEvent event) {
    Object payload = event.payload();
    if (payload instanceof PaymentRequested requested) {
      paymentId = requested.paymentId();
      orderId = requested.orderId();
      customerId = requested.customerId();
      amount = requested.amount().amount();
      currency = requested.amount().currency();
      methodType = requested.methodType();
      refundedAmount = BigDecimal.ZERO.setScale(Money.SCALE);
      status = PaymentStatus.PENDING;
    } else if (payload instanceof PaymentAuthorized authorized) {
      gatewayReference = authorized.gatewayReference();
      status = PaymentStatus.AUTHORIZED;
    } else if (payload instanceof PaymentCaptured captured) {
      gatewayReference = captured.gatewayReference();
      capturedAmount = captured.amount().amount();
      status = PaymentStatus.CAPTURED;
    } else if (payload instanceof PaymentDeclined declined) {
      failureReason = declined.reason();
      status = PaymentStatus.DECLINED;
    } else if (payload instanceof PaymentFailed failed) {
      failureReason = failed.reason();
      status = PaymentStatus.FAILED;
    } else if (payload instanceof PaymentVoided voided) {
      failureReason = voided.reason();
      status = PaymentStatus.VOIDED;
    } else if (payload instanceof PaymentRefundRequested requested) {
      refunds.put(
          requested.refundId(),
          new RefundState(
              requested.refundId(),
              requested.amount().amount(),
              requested.reason(),
              RefundStatus.REQUESTED,
              null,
              null));
    } else if (payload instanceof PaymentRefunded refunded) {
      RefundState refund = refund(refunded.refundId(), refunded.amount().amount());
      refunds.put(
          refund.refundId(),
          new RefundState(
              refund.refundId(),
              refund.amount(),
              refund.reason(),
              RefundStatus.COMPLETED,
              refunded.gatewayReference(),
              null));
      refundedAmount = refunded.totalRefunded().amount();
      status = refunded.status();
    } else if (payload instanceof PaymentRefundFailed failed) {
      RefundState refund = refund(failed.refundId(), failed.amount().amount());
      refunds.put(
          refund.refundId(),
          new RefundState(
              refund.refundId(),
              refund.amount(),
              refund.reason(),
              RefundStatus.FAILED,
              null,
              failed.reason()));
    } else {
      throw StateFold.unknown(event);
    }
  }

  @Override
  public PaymentState state() {
    return new PaymentState(
        paymentId,
        orderId,
        customerId,
        amount,
        currency,
        methodType,
        status,
        gatewayReference,
        failureReason,
        capturedAmount,
        refundedAmount,
        refunds.values().stream().toList());
  }

  /**
   * The refund as it was asked for. A payment records every refund's request before its outcome,
   * but the fold does not rely on it: an outcome without its request still shows.
   */
  private RefundState refund(UUID refundId, BigDecimal amount) {
    return refunds.getOrDefault(
        refundId, new RefundState(refundId, amount, null, RefundStatus.REQUESTED, null, null));
  }
}
