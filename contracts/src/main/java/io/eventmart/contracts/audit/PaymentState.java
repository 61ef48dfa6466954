package io.eventmart.contracts.audit;

import io.eventmart.contracts.payment.PaymentStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A payment as its events made it.
 *
 * @param paymentId the payment
 * @param orderId the order it pays
 * @param customerId who pays
 * @param amount what was asked for
 * @param currency the currency of every amount
 * @param methodType how it is paid
 * @param status where it was
 * @param gatewayReference the gateway's reference of the authorization, then of the capture
 * @param failureReason why it was declined, failed or voided
 * @param capturedAmount what was captured, once captured
 * @param refundedAmount the sum of the refunds paid back
 * @param refunds every refund asked for, oldest first
 */
public record PaymentState(
    UUID paymentId,
    UUID orderId,
    UUID customerId,
    BigDecimal amount,
    String currency,
    String methodType,
    PaymentStatus status,
    String gatewayReference,
    String failureReason,
    BigDecimal capturedAmount,
    BigDecimal refundedAmount,
    List<RefundState> refunds)
    implements AggregateState {

  public PaymentState {
    refunds = List.copyOf(refunds);
  }

  /** Where a refund is. */
  public enum RefundStatus {
    REQUESTED,
    COMPLETED,
    FAILED
  }

  /**
   * One refund.
   *
   * @param refundId the refund
   * @param amount what it gives back
   * @param reason why it was asked for
   * @param status where it was
   * @param gatewayReference the gateway's reference of the refund, once paid back
   * @param failureReason why the gateway could not pay it back, once failed
   */
  public record RefundState(
      UUID refundId,
      BigDecimal amount,
      String reason,
      RefundStatus status,
      String gatewayReference,
      String failureReason) {}
}
