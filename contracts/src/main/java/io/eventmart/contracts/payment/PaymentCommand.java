package io.eventmart.contracts.payment;

import io.eventmart.contracts.common.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Commands handled by the payment aggregate (payment-aggregate).
 *
 * <p>The aggregate never talks to the gateway. The saga and admins ask ({@link RequestPayment},
 * {@link CancelPayment}, {@link RefundPayment}); the gateway processor reacts to the resulting
 * events, calls the gateway, and reports what the gateway said with the {@code Record…} commands.
 */
public sealed interface PaymentCommand {

  int MAX_TEXT_LENGTH = 500;

  UUID paymentId();

  /** Starts collecting {@code amount} for an order (sent by the order saga). */
  record RequestPayment(
      @TargetAggregateIdentifier @NotNull UUID paymentId,
      @NotNull UUID orderId,
      @NotNull UUID customerId,
      @NotNull @Valid Money amount,
      @NotBlank String methodType)
      implements PaymentCommand {}

  /** The gateway authorized the payment and holds the money. */
  record RecordPaymentAuthorization(
      @TargetAggregateIdentifier @NotNull UUID paymentId,
      @NotBlank @Size(max = MAX_TEXT_LENGTH) String gatewayReference)
      implements PaymentCommand {}

  /** The gateway captured the authorized money. */
  record RecordPaymentCapture(
      @TargetAggregateIdentifier @NotNull UUID paymentId,
      @NotBlank @Size(max = MAX_TEXT_LENGTH) String gatewayReference)
      implements PaymentCommand {}

  /** The gateway declined the payment (a business answer, e.g. insufficient funds). */
  record RecordPaymentDecline(
      @TargetAggregateIdentifier @NotNull UUID paymentId,
      @NotBlank @Size(max = MAX_TEXT_LENGTH) String reason)
      implements PaymentCommand {}

  /** The payment could not be processed (gateway errors after retries, circuit breaker open). */
  record RecordPaymentFailure(
      @TargetAggregateIdentifier @NotNull UUID paymentId,
      @NotBlank @Size(max = MAX_TEXT_LENGTH) String reason)
      implements PaymentCommand {}

  /**
   * Gives the customer's money back, whatever the payment's state: voids it if not yet captured,
   * refunds what remains if captured, and changes nothing if it is already settled (declined,
   * failed, voided, fully refunded). This is the saga's compensation for a payment.
   */
  record CancelPayment(
      @TargetAggregateIdentifier @NotNull UUID paymentId,
      @NotBlank @Size(max = MAX_TEXT_LENGTH) String reason)
      implements PaymentCommand {}

  /**
   * Refunds part or all of a captured payment. {@code amount} {@code null} means all that is left;
   * the refunds of a payment never add up to more than was captured.
   */
  record RefundPayment(
      @TargetAggregateIdentifier @NotNull UUID paymentId,
      @NotNull UUID refundId,
      @Valid Money amount,
      @NotBlank @Size(max = MAX_TEXT_LENGTH) String reason)
      implements PaymentCommand {}

  /** The gateway paid refund {@code refundId} back. */
  record RecordRefund(
      @TargetAggregateIdentifier @NotNull UUID paymentId,
      @NotNull UUID refundId,
      @NotBlank @Size(max = MAX_TEXT_LENGTH) String gatewayReference)
      implements PaymentCommand {}

  /** The gateway could not pay refund {@code refundId} back; the amount may be refunded again. */
  record RecordRefundFailure(
      @TargetAggregateIdentifier @NotNull UUID paymentId,
      @NotNull UUID refundId,
      @NotBlank @Size(max = MAX_TEXT_LENGTH) String reason)
      implements PaymentCommand {}
}
