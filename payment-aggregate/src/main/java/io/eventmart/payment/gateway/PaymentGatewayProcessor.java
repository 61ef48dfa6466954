package io.eventmart.payment.gateway;

import io.eventmart.contracts.common.PaymentMethod;
import io.eventmart.contracts.error.DomainError;
import io.eventmart.contracts.order.FindPaymentMethodForOrder;
import io.eventmart.contracts.payment.PaymentCommand;
import io.eventmart.contracts.payment.PaymentCommand.RecordPaymentAuthorization;
import io.eventmart.contracts.payment.PaymentCommand.RecordPaymentCapture;
import io.eventmart.contracts.payment.PaymentCommand.RecordPaymentDecline;
import io.eventmart.contracts.payment.PaymentCommand.RecordPaymentFailure;
import io.eventmart.contracts.payment.PaymentCommand.RecordRefund;
import io.eventmart.contracts.payment.PaymentCommand.RecordRefundFailure;
import io.eventmart.contracts.payment.PaymentEvent.PaymentAuthorized;
import io.eventmart.contracts.payment.PaymentEvent.PaymentFailed;
import io.eventmart.contracts.payment.PaymentEvent.PaymentRefundRequested;
import io.eventmart.contracts.payment.PaymentEvent.PaymentRequested;
import io.eventmart.contracts.payment.PaymentEvent.PaymentVoided;
import io.eventmart.payment.gateway.GatewayOutcome.Declined;
import io.eventmart.payment.payment.PaymentRejections;
import io.eventmart.support.command.CommandFailures;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import java.util.function.Supplier;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves the money: reacts to payment events by calling the {@link PaymentGateway} and reports what
 * the gateway said back to the payment as {@code Record…} commands.
 *
 * <ul>
 *   <li>{@link PaymentRequested}: looks up the card token from the order service, authorizes,
 *       records the authorization or the decline;
 *   <li>{@link PaymentAuthorized}: captures and records the capture (or the failure);
 *   <li>{@link PaymentVoided}, {@link PaymentFailed}: releases whatever the gateway holds;
 *   <li>{@link PaymentRefundRequested}: refunds and records the refund or its failure.
 * </ul>
 *
 * <p>Outcomes decide what is reported. A decline is an answer and is recorded as such. An
 * unavailable gateway (after retries, or behind an open circuit breaker) did not act, so the
 * payment fails and the saga compensates. A timeout leaves the outcome unknown: nothing is
 * reported, the payment stays as it is, and the order saga's payment deadline cancels it — which
 * voids it at the gateway, so a late authorization can never keep the customer's money.
 *
 * <p>Gateway calls do not block the event processor: each handler starts the work and returns; the
 * report is sent from the completion, with metadata copied from the event ({@link Causation}). At
 * most {@code maxCallsInFlight} events are worked on at once; beyond that the processor waits for a
 * slot, which is its back-pressure. Because the token moves on before the gateway answers, a crash
 * in between leaves the payment pending, which the saga's deadline again takes care of.
 *
 * <p>Replaying history must never charge anybody: the processor refuses replays.
 */
@ProcessingGroup(PaymentGatewayProcessor.PROCESSING_GROUP)
@DisallowReplay
public final class PaymentGatewayProcessor {

  public static final String PROCESSING_GROUP = "payment-gateway";

  static final String NO_PAYMENT_METHOD = "no payment method on file";
  static final String GATEWAY_UNAVAILABLE = "payment gateway unavailable: ";
  static final String PAYMENT_METHOD_LOOKUP_FAILED = "payment method lookup failed: ";
  static final String CAPTURE_DECLINED = "capture declined: ";

  private static final Logger log = LoggerFactory.getLogger(PaymentGatewayProcessor.class);

  /** The refusals that mean the payment no longer takes money the gateway already moved. */
  private static final Set<String> NO_LONGER_TAKES_MONEY =
      Set.of(PaymentRejections.NotPending.CODE, PaymentRejections.NotAuthorized.CODE);

  private static final CompletionStage<Void> DONE = CompletableFuture.completedFuture(null);

  private final PaymentGateway gateway;
  private final CommandGateway commands;
  private final QueryGateway queries;
  private final Semaphore slots;

  public PaymentGatewayProcessor(
      PaymentGateway gateway, CommandGateway commands, QueryGateway queries, int maxCallsInFlight) {
    if (maxCallsInFlight < 1) {
      throw new IllegalArgumentException("maxCallsInFlight must be at least 1");
    }
    this.gateway = gateway;
    this.commands = commands;
    this.queries = queries;
    this.slots = new Semaphore(maxCallsInFlight);
  }

  @EventHandler
  void on(PaymentRequested requested, EventMessage<?> event) throws InterruptedException {
    Causation cause = Causation.of(event);
    inFlight(event, () -> collect(requested, cause));
  }

  @EventHandler
  void on(PaymentAuthorized authorized, EventMessage<?> event) throws InterruptedException {
    Causation cause = Causation.of(event);
    UUID paymentId = authorized.paymentId();
    inFlight(
        event,
        () ->
            call(
                "capture of payment " + paymentId,
                () -> gateway.capture(paymentId, authorized.gatewayReference()),
                outcome ->
                    outcome.fold(
                        approved ->
                            new RecordPaymentCapture(paymentId, approved.gatewayReference()),
                        declined ->
                            new RecordPaymentFailure(
                                paymentId, reason(CAPTURE_DECLINED, declined.reason()))),
                unavailable -> new RecordPaymentFailure(paymentId, unavailable),
                cause));
  }

  @EventHandler
  void on(PaymentVoided voided, EventMessage<?> event) throws InterruptedException {
    inFlight(event, () -> voidAtGateway(voided.paymentId(), "it was voided"));
  }

  /**
   * A failed payment must not keep money held, and a failure can follow a step the gateway did take
   * (a capture that failed after the authorization, an authorization whose first attempt timed
   * out). Voiding is idempotent and harmless when nothing is held.
   */
  @EventHandler
  void on(PaymentFailed failed, EventMessage<?> event) throws InterruptedException {
    inFlight(event, () -> voidAtGateway(failed.paymentId(), "it failed"));
  }

  @EventHandler
  void on(PaymentRefundRequested requested, EventMessage<?> event) throws InterruptedException {
    Causation cause = Causation.of(event);
    UUID paymentId = requested.paymentId();
    UUID refundId = requested.refundId();
    inFlight(
        event,
        () ->
            call(
                "refund " + refundId + " of payment " + paymentId,
                () -> gateway.refund(refundId, paymentId, requested.amount()),
                outcome ->
                    outcome.fold(
                        approved ->
                            new RecordRefund(paymentId, refundId, approved.gatewayReference()),
                        declined ->
                            new RecordRefundFailure(
                                paymentId, refundId, reason(declined.reason()))),
                unavailable -> new RecordRefundFailure(paymentId, refundId, unavailable),
                cause));
  }

  /** Authorizes the card on file; without one there is nothing to authorize. */
  private CompletionStage<Void> collect(PaymentRequested requested, Causation cause) {
    UUID paymentId = requested.paymentId();
    return findPaymentMethod(requested, cause)
        .handle(
            (method, failure) -> {
              if (failure != null) {
                String lookupFailure = unwrap(failure).getMessage();
                return record(
                    new RecordPaymentFailure(
                        paymentId, reason(PAYMENT_METHOD_LOOKUP_FAILED, lookupFailure)),
                    cause);
              }
              if (method.isEmpty()) {
                return record(new RecordPaymentFailure(paymentId, NO_PAYMENT_METHOD), cause);
              }
              return authorize(requested, method.get(), cause);
            })
        .thenCompose(Function.identity());
  }

  private CompletionStage<Optional<PaymentMethod>> findPaymentMethod(
      PaymentRequested requested, Causation cause) {
    return queries.query(
        cause.query(new FindPaymentMethodForOrder(requested.orderId())),
        ResponseTypes.optionalInstanceOf(PaymentMethod.class));
  }

  private CompletionStage<Void> authorize(
      PaymentRequested requested, PaymentMethod card, Causation cause) {
    UUID paymentId = requested.paymentId();
    return call(
        "authorization of payment " + paymentId,
        () -> gateway.authorize(paymentId, requested.amount(), card.token()),
        outcome ->
            outcome.fold(
                approved -> new RecordPaymentAuthorization(paymentId, approved.gatewayReference()),
                declined -> new RecordPaymentDecline(paymentId, reason(declined.reason()))),
        unavailable -> new RecordPaymentFailure(paymentId, unavailable),
        cause);
  }

  /**
   * Calls the gateway and records its answer: the outcome as {@code answer} says, an unavailable
   * gateway as {@code unavailable} says (given the failure reason), a timeout or an unexpected
   * failure not at all, because then nobody knows what the gateway did.
   */
  private CompletionStage<Void> call(
      String what,
      Supplier<CompletionStage<GatewayOutcome>> call,
      Function<GatewayOutcome, PaymentCommand> answer,
      Function<String, PaymentCommand> unavailable,
      Causation cause) {
    return started(call)
        .handle(
            (outcome, failure) -> {
              if (failure == null) {
                return Optional.of(answer.apply(outcome));
              }
              Throwable reason = unwrap(failure);
              if (reason instanceof GatewayUnavailableException) {
                log.warn("The {} failed: {}", what, reason.getMessage());
                return Optional.of(
                    unavailable.apply(reason(GATEWAY_UNAVAILABLE, reason.getMessage())));
              }
              if (reason instanceof GatewayTimeoutException) {
                log.warn(
                    "The {} timed out; its outcome is unknown, so it is left for the order saga's"
                        + " deadline to resolve",
                    what);
              } else {
                log.error(
                    "The {} failed unexpectedly; its outcome is unknown and nothing is recorded",
                    what,
                    reason);
              }
              return Optional.<PaymentCommand>empty();
            })
        .thenCompose(report -> report.map(command -> record(command, cause)).orElse(DONE));
  }

  /**
   * Sends a report to the payment. When the payment refuses an authorization or a capture because
   * it was voided or failed meanwhile, the money the gateway just took is released again.
   */
  private CompletionStage<Void> record(PaymentCommand report, Causation cause) {
    return commands
        .send(cause.command(report))
        .handle((result, failure) -> Optional.ofNullable(failure))
        .thenCompose(
            failure -> {
              if (failure.isEmpty()) {
                return DONE;
              }
              Optional<DomainError> refusal = CommandFailures.domainErrorOf(failure.get());
              if (refusal.isEmpty()) {
                log.error(
                    "Could not record {} for payment {}",
                    report.getClass().getSimpleName(),
                    report.paymentId(),
                    failure.get());
                return DONE;
              }
              log.info(
                  "Payment {} refused {}: {}",
                  report.paymentId(),
                  report.getClass().getSimpleName(),
                  refusal.get().message());
              return movedMoney(report) && NO_LONGER_TAKES_MONEY.contains(refusal.get().code())
                  ? voidAtGateway(report.paymentId(), "it refused a late gateway answer")
                  : DONE;
            });
  }

  private static boolean movedMoney(PaymentCommand report) {
    return report instanceof RecordPaymentAuthorization || report instanceof RecordPaymentCapture;
  }

  /** Best effort: the gateway call is retried by the gateway's resilience; failures are logged. */
  private CompletionStage<Void> voidAtGateway(UUID paymentId, String why) {
    return started(() -> gateway.voidPayment(paymentId))
        .handle(
            (outcome, failure) -> {
              if (failure != null) {
                log.error(
                    "Could not void payment {} at the gateway after {}: {}",
                    paymentId,
                    why,
                    unwrap(failure).getMessage());
              } else if (outcome instanceof Declined declined) {
                log.info(
                    "The gateway had nothing to void for payment {}: {}",
                    paymentId,
                    declined.reason());
              } else {
                log.info("Voided payment {} at the gateway after {}", paymentId, why);
              }
              return null;
            });
  }

  /**
   * Runs {@code work} in one of the slots, blocking the processor only while all slots are taken.
   */
  private void inFlight(EventMessage<?> event, Supplier<CompletionStage<?>> work)
      throws InterruptedException {
    slots.acquire();
    try {
      work.get()
          .whenComplete(
              (result, failure) -> {
                slots.release();
                if (failure != null) {
                  log.error(
                      "Handling {} {} failed",
                      event.getPayloadType().getSimpleName(),
                      event.getIdentifier(),
                      failure);
                }
              });
    } catch (RuntimeException e) {
      slots.release();
      throw e;
    }
  }

  /** A gateway call that throws instead of returning a failed stage is a failed stage too. */
  private static CompletionStage<GatewayOutcome> started(
      Supplier<CompletionStage<GatewayOutcome>> call) {
    try {
      return call.get();
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private static String reason(String detail) {
    return reason("", detail);
  }

  /** A reason that fits the commands' limits: never blank, never longer than allowed. */
  private static String reason(String prefix, String detail) {
    String text =
        prefix + (detail == null || detail.isBlank() ? "no reason given" : detail.strip());
    return text.length() <= PaymentCommand.MAX_TEXT_LENGTH
        ? text
        : text.substring(0, PaymentCommand.MAX_TEXT_LENGTH);
  }

  private static Throwable unwrap(Throwable failure) {
    Throwable cause = failure;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }
}
