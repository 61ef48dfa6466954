package io.eventmart.payment.payment;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.eventmart.contracts.common.Money;
import io.eventmart.contracts.payment.PaymentCommand.CancelPayment;
import io.eventmart.contracts.payment.PaymentCommand.RecordPaymentAuthorization;
import io.eventmart.contracts.payment.PaymentCommand.RecordPaymentCapture;
import io.eventmart.contracts.payment.PaymentCommand.RecordPaymentDecline;
import io.eventmart.contracts.payment.PaymentCommand.RecordPaymentFailure;
import io.eventmart.contracts.payment.PaymentCommand.RecordRefund;
import io.eventmart.contracts.payment.PaymentCommand.RecordRefundFailure;
import io.eventmart.contracts.payment.PaymentCommand.RefundPayment;
import io.eventmart.contracts.payment.PaymentCommand.RequestPayment;
import io.eventmart.contracts.payment.PaymentEvent.PaymentAuthorized;
import io.eventmart.contracts.payment.PaymentEvent.PaymentCaptured;
import io.eventmart.contracts.payment.PaymentEvent.PaymentDeclined;
import io.eventmart.contracts.payment.PaymentEvent.PaymentFailed;
import io.eventmart.contracts.payment.PaymentEvent.PaymentRefundFailed;
import io.eventmart.contracts.payment.PaymentEvent.PaymentRefundRequested;
import io.eventmart.contracts.payment.PaymentEvent.PaymentRefunded;
import io.eventmart.contracts.payment.PaymentEvent.PaymentRequested;
import io.eventmart.contracts.payment.PaymentEvent.PaymentVoided;
import io.eventmart.contracts.payment.PaymentIds;
import io.eventmart.contracts.payment.PaymentStatus;
import io.eventmart.payment.payment.PaymentRejections.AlreadyRequested;
import io.eventmart.payment.payment.PaymentRejections.CurrencyMismatch;
import io.eventmart.payment.payment.PaymentRejections.NonPositiveAmount;
import io.eventmart.payment.payment.PaymentRejections.NonPositiveRefund;
import io.eventmart.payment.payment.PaymentRejections.NotAuthorized;
import io.eventmart.payment.payment.PaymentRejections.NotCaptured;
import io.eventmart.payment.payment.PaymentRejections.NotInProgress;
import io.eventmart.payment.payment.PaymentRejections.NotPending;
import io.eventmart.payment.payment.PaymentRejections.NothingLeftToRefund;
import io.eventmart.payment.payment.PaymentRejections.OverRefund;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * One order's payment, from the request to the last refund: {@code PENDING → AUTHORIZED → CAPTURED
 * → PARTIALLY_REFUNDED / REFUNDED}, {@code DECLINED} or {@code FAILED} from PENDING, {@code VOIDED}
 * from PENDING or AUTHORIZED.
 *
 * <p>The payment never talks to the gateway. It records what the order saga and admins ask for
 * ({@link RequestPayment}, {@link CancelPayment}, {@link RefundPayment}) and what the gateway
 * answered ({@code Record…} commands from the gateway processor), and guards the money: nothing is
 * captured that was not authorized, nothing refunded that was not captured, never more refunded
 * than captured. Answers that arrive twice change nothing, so the processor may safely repeat them.
 */
public class Payment {

  private static final Set<PaymentStatus> CAPTURED_STATES =
      EnumSet.of(PaymentStatus.CAPTURED, PaymentStatus.PARTIALLY_REFUNDED, PaymentStatus.REFUNDED);
  private static final Set<PaymentStatus> IN_PROGRESS =
      EnumSet.of(PaymentStatus.PENDING, PaymentStatus.AUTHORIZED);
  private static final Set<PaymentStatus> REFUNDABLE =
      EnumSet.of(PaymentStatus.CAPTURED, PaymentStatus.PARTIALLY_REFUNDED);

  @AggregateIdentifier private UUID paymentId;
  private UUID orderId;
  private Money amount;
  private PaymentStatus status;
  private Money captured;
  private Refunds refunds;

  Payment() {
    // Axon creates the instance and sources it from its events (or handles RequestPayment on it).
  }

  // --- deciding ---------------------------------------------------------------------------------

  /**
   * Starts a payment. The saga derives the payment id from the order, so after a restart it may ask
   * again: the same request is then fulfilled already and changes nothing.
   */
  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(RequestPayment command) {
    if (wasRequested()) {
      requireSameRequest(command);
      return;
    }
    requirePositive(command.amount());
    apply(
        new PaymentRequested(
            command.paymentId(),
            command.orderId(),
            command.customerId(),
            command.amount(),
            command.methodType()));
  }

  @CommandHandler
  void handle(RecordPaymentAuthorization command) {
    if (status == PaymentStatus.AUTHORIZED || CAPTURED_STATES.contains(status)) {
      return;
    }
    requirePending("be authorized");
    apply(new PaymentAuthorized(paymentId, orderId, command.gatewayReference()));
  }

  @CommandHandler
  void handle(RecordPaymentCapture command) {
    if (CAPTURED_STATES.contains(status)) {
      return;
    }
    if (status != PaymentStatus.AUTHORIZED) {
      throw new NotAuthorized(status);
    }
    apply(new PaymentCaptured(paymentId, orderId, amount, command.gatewayReference()));
  }

  @CommandHandler
  void handle(RecordPaymentDecline command) {
    if (status == PaymentStatus.DECLINED) {
      return;
    }
    requirePending("be declined");
    apply(new PaymentDeclined(paymentId, orderId, command.reason()));
  }

  @CommandHandler
  void handle(RecordPaymentFailure command) {
    if (status == PaymentStatus.FAILED) {
      return;
    }
    if (!IN_PROGRESS.contains(status)) {
      throw new NotInProgress(status);
    }
    apply(new PaymentFailed(paymentId, orderId, command.reason()));
  }

  /**
   * The saga's one compensation: give the money back, whatever the payment's state. Money not yet
   * taken is released (voided); captured money still refundable is refunded; a payment that holds
   * no money, or whose cancellation refund is already under way, is left as it is.
   */
  @CommandHandler
  void handle(CancelPayment command) {
    switch (status) {
      case PENDING, AUTHORIZED -> apply(new PaymentVoided(paymentId, orderId, command.reason()));
      case CAPTURED, PARTIALLY_REFUNDED -> refundWhatIsLeft(command.reason());
      case DECLINED, FAILED, VOIDED, REFUNDED -> {
        // Nothing is held or left to give back.
      }
    }
  }

  /**
   * Refunds part ({@code amount}) or all that is left ({@code amount} null) of a captured payment.
   * A refund id that was used before is the same request again and changes nothing.
   */
  @CommandHandler
  void handle(RefundPayment command) {
    if (refunds.contains(command.refundId())) {
      return;
    }
    requireCaptured();
    Money refundable = refunds.refundable(captured);
    Money requested;
    if (command.amount() == null) {
      requireSomethingLeft(refundable);
      requested = refundable;
    } else {
      requested = command.amount();
      requirePositiveRefund(requested);
      requireSameCurrency(requested);
      requireWithin(requested, refundable);
    }
    apply(
        new PaymentRefundRequested(
            paymentId, orderId, command.refundId(), requested, command.reason()));
  }

  @CommandHandler
  void handle(RecordRefund command) {
    refunds
        .pending(command.refundId())
        .ifPresent(
            refund -> {
              Money totalRefunded = refunds.completed(captured.currency()).plus(refund);
              apply(
                  new PaymentRefunded(
                      paymentId,
                      orderId,
                      command.refundId(),
                      refund,
                      totalRefunded,
                      statusAfterRefunding(totalRefunded),
                      command.gatewayReference()));
            });
  }

  @CommandHandler
  void handle(RecordRefundFailure command) {
    refunds
        .pending(command.refundId())
        .ifPresent(
            refund ->
                apply(
                    new PaymentRefundFailed(
                        paymentId, orderId, command.refundId(), refund, command.reason())));
  }

  // --- rules ------------------------------------------------------------------------------------

  private boolean wasRequested() {
    return paymentId != null;
  }

  /** A payment id stands for one order's payment of one amount. */
  private void requireSameRequest(RequestPayment command) {
    if (!orderId.equals(command.orderId()) || !amount.equals(command.amount())) {
      throw new AlreadyRequested(orderId, amount);
    }
  }

  private static void requirePositive(Money requested) {
    if (!requested.isPositive()) {
      throw new NonPositiveAmount(requested);
    }
  }

  private void requirePending(String action) {
    if (status != PaymentStatus.PENDING) {
      throw new NotPending(status, action);
    }
  }

  private void requireCaptured() {
    if (!REFUNDABLE.contains(status)) {
      throw new NotCaptured(status);
    }
  }

  private static void requirePositiveRefund(Money requested) {
    if (!requested.isPositive()) {
      throw new NonPositiveRefund(requested);
    }
  }

  private void requireSameCurrency(Money requested) {
    if (!requested.currency().equals(captured.currency())) {
      throw new CurrencyMismatch(requested, captured.currency());
    }
  }

  /** Completed and pending refunds together never exceed what was captured. */
  private static void requireWithin(Money requested, Money refundable) {
    if (requested.isGreaterThan(refundable)) {
      throw new OverRefund(requested, refundable);
    }
  }

  private static void requireSomethingLeft(Money refundable) {
    if (!refundable.isPositive()) {
      throw new NothingLeftToRefund(refundable);
    }
  }

  /**
   * The cancellation refund has an id derived from the payment, so cancelling twice can never
   * refund twice. Refunds already completed or under way are not refunded again.
   */
  private void refundWhatIsLeft(String reason) {
    UUID refundId = PaymentIds.cancellationRefund(paymentId);
    Money refundable = refunds.refundable(captured);
    if (refunds.contains(refundId) || !refundable.isPositive()) {
      return;
    }
    apply(new PaymentRefundRequested(paymentId, orderId, refundId, refundable, reason));
  }

  private PaymentStatus statusAfterRefunding(Money totalRefunded) {
    return totalRefunded.compareTo(captured) == 0
        ? PaymentStatus.REFUNDED
        : PaymentStatus.PARTIALLY_REFUNDED;
  }

  // --- evolving ---------------------------------------------------------------------------------

  @EventSourcingHandler
  void on(PaymentRequested event) {
    paymentId = event.paymentId();
    orderId = event.orderId();
    amount = event.amount();
    status = PaymentStatus.PENDING;
    refunds = Refunds.none();
  }

  @EventSourcingHandler
  void on(PaymentAuthorized event) {
    status = PaymentStatus.AUTHORIZED;
  }

  @EventSourcingHandler
  void on(PaymentCaptured event) {
    status = PaymentStatus.CAPTURED;
    captured = event.amount();
  }

  @EventSourcingHandler
  void on(PaymentDeclined event) {
    status = PaymentStatus.DECLINED;
  }

  @EventSourcingHandler
  void on(PaymentFailed event) {
    status = PaymentStatus.FAILED;
  }

  @EventSourcingHandler
  void on(PaymentVoided event) {
    status = PaymentStatus.VOIDED;
  }

  @EventSourcingHandler
  void on(PaymentRefundRequested event) {
    refunds = refunds.withRequested(event.refundId(), event.amount());
  }

  @EventSourcingHandler
  void on(PaymentRefunded event) {
    refunds = refunds.withCompleted(event.refundId());
    status = event.status();
  }

  @EventSourcingHandler
  void on(PaymentRefundFailed event) {
    refunds = refunds.withFailed(event.refundId());
  }
}
