package io.eventmart.catalog.payment;

import io.eventmart.contracts.common.Money;
import io.eventmart.contracts.payment.PaymentStatus;
import java.math.BigDecimal;

/**
 * What one payment event changes in the payment's row, and how its history tells the step. Every
 * event is a step of the history; the status a step shows is the payment's status after it, so the
 * steps that leave the status as it is (a refund asked for, a refund the gateway could not pay) say
 * what they were in their reason.
 *
 * @param status the payment's new status, or {@code null} when it stays
 * @param reason why, for the history
 * @param amount the money moved (captures and refunds), for the history
 * @param gatewayReference the gateway's reference of the payment, when the step brings one
 * @param failureReason why the payment was declined, failed or voided
 * @param refundedAmount the total refunded after the step, when it changes
 */
record PaymentStep(
    PaymentStatus status,
    String reason,
    BigDecimal amount,
    String gatewayReference,
    String failureReason,
    BigDecimal refundedAmount) {

  private static final String REFUND_REQUESTED = "Refund requested: ";
  private static final String REFUND_FAILED = "Refund failed: ";

  static PaymentStep requested() {
    return new PaymentStep(PaymentStatus.PENDING, null, null, null, null, null);
  }

  static PaymentStep authorized(String gatewayReference) {
    return new PaymentStep(PaymentStatus.AUTHORIZED, null, null, gatewayReference, null, null);
  }

  static PaymentStep captured(Money amount, String gatewayReference) {
    return new PaymentStep(
        PaymentStatus.CAPTURED, null, amount.amount(), gatewayReference, null, null);
  }

  /** Declined, failed or voided: the payment ends without money taken, for {@code reason}. */
  static PaymentStep ended(PaymentStatus status, String reason) {
    return new PaymentStep(status, reason, null, null, reason, null);
  }

  static PaymentStep refundRequested(Money amount, String reason) {
    return new PaymentStep(null, REFUND_REQUESTED + reason, amount.amount(), null, null, null);
  }

  static PaymentStep refunded(PaymentStatus status, Money amount, Money totalRefunded) {
    return new PaymentStep(status, null, amount.amount(), null, null, totalRefunded.amount());
  }

  static PaymentStep refundFailed(Money amount, String reason) {
    return new PaymentStep(null, REFUND_FAILED + reason, amount.amount(), null, null, null);
  }
}
