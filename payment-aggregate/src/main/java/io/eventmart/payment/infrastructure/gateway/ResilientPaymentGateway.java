package io.eventmart.payment.infrastructure.gateway;

import io.eventmart.contracts.common.Money;
import io.eventmart.payment.gateway.GatewayOutcome;
import io.eventmart.payment.gateway.GatewayTimeoutException;
import io.eventmart.payment.gateway.GatewayUnavailableException;
import io.eventmart.payment.gateway.PaymentGateway;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.timelimiter.TimeLimiter;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * A {@link PaymentGateway} that guards another with Resilience4j, composed as {@code
 * Retry(CircuitBreaker(TimeLimiter(call)))}:
 *
 * <ul>
 *   <li>the time limiter cuts every single attempt that takes too long;
 *   <li>the circuit breaker counts attempts (declines are successful calls; technical failures and
 *       timeouts are failures) and, once open, fails calls fast without touching the gateway;
 *   <li>the retry repeats technical failures and timeouts with exponential back-off — never a
 *       decline, and never a call the open breaker refused, so an open breaker stays fast.
 * </ul>
 *
 * Every call is idempotent per key at the gateway, which is what makes the retries safe.
 *
 * <p>What finally goes wrong is reported in the port's terms: a {@link GatewayTimeoutException}
 * when the last attempt timed out (outcome unknown), a {@link GatewayUnavailableException}
 * ("circuit breaker open") when the breaker refused, other failures as they are.
 */
public final class ResilientPaymentGateway implements PaymentGateway {

  static final String CIRCUIT_BREAKER_OPEN = "circuit breaker open";

  private final PaymentGateway gateway;
  private final CircuitBreaker circuitBreaker;
  private final Retry retry;
  private final TimeLimiter timeLimiter;
  private final ScheduledExecutorService scheduler;

  /**
   * @param scheduler runs the time limiter's timeouts and the retry's back-off pauses
   */
  public ResilientPaymentGateway(
      PaymentGateway gateway,
      CircuitBreaker circuitBreaker,
      Retry retry,
      TimeLimiter timeLimiter,
      ScheduledExecutorService scheduler) {
    this.gateway = gateway;
    this.circuitBreaker = circuitBreaker;
    this.retry = retry;
    this.timeLimiter = timeLimiter;
    this.scheduler = scheduler;
  }

  @Override
  public CompletionStage<GatewayOutcome> authorize(UUID paymentId, Money amount, String cardToken) {
    return guarded(() -> gateway.authorize(paymentId, amount, cardToken));
  }

  @Override
  public CompletionStage<GatewayOutcome> capture(UUID paymentId, String authorizationReference) {
    return guarded(() -> gateway.capture(paymentId, authorizationReference));
  }

  @Override
  public CompletionStage<GatewayOutcome> voidPayment(UUID paymentId) {
    return guarded(() -> gateway.voidPayment(paymentId));
  }

  @Override
  public CompletionStage<GatewayOutcome> refund(UUID refundId, UUID paymentId, Money amount) {
    return guarded(() -> gateway.refund(refundId, paymentId, amount));
  }

  private CompletionStage<GatewayOutcome> guarded(Supplier<CompletionStage<GatewayOutcome>> call) {
    Supplier<CompletionStage<GatewayOutcome>> limited =
        TimeLimiter.decorateCompletionStage(timeLimiter, scheduler, () -> attempt(call));
    Supplier<CompletionStage<GatewayOutcome>> broken =
        CircuitBreaker.decorateCompletionStage(circuitBreaker, limited);
    Supplier<CompletionStage<GatewayOutcome>> retried =
        Retry.decorateCompletionStage(retry, scheduler, broken);

    CompletableFuture<GatewayOutcome> result = new CompletableFuture<>();
    retried
        .get()
        .whenComplete(
            (outcome, failure) -> {
              if (failure == null) {
                result.complete(outcome);
              } else {
                result.completeExceptionally(inPortTerms(unwrap(failure)));
              }
            });
    return result;
  }

  /**
   * One attempt as a {@link CompletableFuture}, which is what the time limiter completes with a
   * timeout when the gateway does not answer — the way a stage is cancelled, so the gateway's call
   * is abandoned rather than left running unobserved.
   */
  private static CompletableFuture<GatewayOutcome> attempt(
      Supplier<CompletionStage<GatewayOutcome>> call) {
    try {
      return call.get().toCompletableFuture();
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private Throwable inPortTerms(Throwable failure) {
    if (failure instanceof CallNotPermittedException) {
      return new GatewayUnavailableException(CIRCUIT_BREAKER_OPEN, failure);
    }
    if (failure instanceof TimeoutException) {
      return new GatewayTimeoutException(
          "no answer within " + timeLimiter.getTimeLimiterConfig().getTimeoutDuration(), failure);
    }
    return failure;
  }

  /** True for what is worth another attempt: a technical failure or a timeout. */
  static boolean isTransient(Throwable failure) {
    Throwable cause = unwrap(failure);
    return cause instanceof GatewayUnavailableException || cause instanceof TimeoutException;
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
