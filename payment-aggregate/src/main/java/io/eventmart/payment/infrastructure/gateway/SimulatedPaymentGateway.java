package io.eventmart.payment.infrastructure.gateway;

import io.eventmart.contracts.common.Money;
import io.eventmart.payment.gateway.GatewayOutcome;
import io.eventmart.payment.gateway.GatewayOutcome.Approved;
import io.eventmart.payment.gateway.GatewayOutcome.Declined;
import io.eventmart.payment.gateway.GatewayUnavailableException;
import io.eventmart.payment.gateway.PaymentGateway;
import io.eventmart.payment.infrastructure.PaymentProperties;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The built-in payment gateway: no money moves, but it answers like a real provider, so the whole
 * payment flow can be run, demonstrated and load tested. Its card tokens (see the public API):
 *
 * <ul>
 *   <li>{@code tok_visa}, {@code tok_mastercard}: approved;
 *   <li>{@code tok_declined} ("card declined"), {@code tok_insufficient_funds} ("insufficient
 *       funds"): declined;
 *   <li>{@code tok_timeout}: never answers;
 *   <li>{@code tok_flaky}: fails technically twice per payment, then approves — retries get it;
 *   <li>anything else: declined ("unknown payment method").
 * </ul>
 *
 * <p>Like a real provider it is idempotent per key: calling again with the same payment (or refund)
 * id returns the first definite answer, with the same reference. A voided payment id stays voided:
 * any later authorization of it is declined ("voided"), so an authorization that comes too late
 * never holds money. Captures, voids and refunds are approved (the payment aggregate already guards
 * what may be captured and refunded) unless the payment was voided.
 *
 * <p>For load tests, answers can take a configurable {@code latency} plus random {@code jitter},
 * delivered by a scheduler rather than a sleeping thread, and a share of calls ({@code
 * failureRate}) can fail technically. State lives in memory: a restart forgets it.
 */
public final class SimulatedPaymentGateway implements PaymentGateway {

  static final String VISA = "tok_visa";
  static final String MASTERCARD = "tok_mastercard";
  static final String DECLINED = "tok_declined";
  static final String INSUFFICIENT_FUNDS = "tok_insufficient_funds";
  static final String TIMEOUT = "tok_timeout";
  static final String FLAKY = "tok_flaky";

  /** How many technical failures {@code tok_flaky} produces per payment before it approves. */
  static final int FLAKY_FAILURES = 2;

  private final PaymentProperties.Simulator settings;
  private final ScheduledExecutorService scheduler;
  private final Random random;

  private final Map<UUID, GatewayOutcome> authorizations = new ConcurrentHashMap<>();
  private final Map<UUID, GatewayOutcome> captures = new ConcurrentHashMap<>();
  private final Map<UUID, GatewayOutcome> voids = new ConcurrentHashMap<>();
  private final Map<UUID, GatewayOutcome> refunds = new ConcurrentHashMap<>();
  private final Map<UUID, Integer> flakyAttempts = new ConcurrentHashMap<>();

  /**
   * @param scheduler delivers answers after the configured latency
   * @param random decides jitter, random failures and references; shared between threads, hence a
   *     thread-safe {@link Random}
   */
  public SimulatedPaymentGateway(
      PaymentProperties.Simulator settings, ScheduledExecutorService scheduler, Random random) {
    this.settings = settings;
    this.scheduler = scheduler;
    this.random = random;
  }

  @Override
  public CompletionStage<GatewayOutcome> authorize(UUID paymentId, Money amount, String cardToken) {
    if (TIMEOUT.equals(cardToken) && !voids.containsKey(paymentId)) {
      return new CompletableFuture<>();
    }
    return answer(
        () -> {
          if (voids.containsKey(paymentId)) {
            return new Declined("voided");
          }
          if (FLAKY.equals(cardToken)
              && !authorizations.containsKey(paymentId)
              && flakyAttempts.merge(paymentId, 1, Integer::sum) <= FLAKY_FAILURES) {
            throw new GatewayUnavailableException("simulated flaky gateway");
          }
          return authorizations.computeIfAbsent(paymentId, id -> decide(cardToken));
        });
  }

  @Override
  public CompletionStage<GatewayOutcome> capture(UUID paymentId, String authorizationReference) {
    return answer(
        () ->
            voids.containsKey(paymentId)
                ? new Declined("voided")
                : captures.computeIfAbsent(paymentId, id -> approved("cap")));
  }

  @Override
  public CompletionStage<GatewayOutcome> voidPayment(UUID paymentId) {
    return answer(() -> voids.computeIfAbsent(paymentId, id -> approved("void")));
  }

  @Override
  public CompletionStage<GatewayOutcome> refund(UUID refundId, UUID paymentId, Money amount) {
    return answer(() -> refunds.computeIfAbsent(refundId, id -> approved("ref")));
  }

  private GatewayOutcome decide(String cardToken) {
    return switch (cardToken) {
      case VISA, MASTERCARD, FLAKY -> approved("auth");
      case DECLINED -> new Declined("card declined");
      case INSUFFICIENT_FUNDS -> new Declined("insufficient funds");
      default -> new Declined("unknown payment method");
    };
  }

  private Approved approved(String kind) {
    return new Approved("sim_" + kind + "_" + Long.toHexString(random.nextLong()));
  }

  /**
   * Decides now (so concurrent calls see one state) and delivers the answer after the simulated
   * latency. A random technical failure happens before anything is decided, as a lost request
   * would.
   */
  private CompletionStage<GatewayOutcome> answer(Supplier<GatewayOutcome> decision) {
    CompletableFuture<GatewayOutcome> answer = new CompletableFuture<>();
    try {
      if (random.nextDouble() < settings.failureRate()) {
        throw new GatewayUnavailableException("simulated technical failure");
      }
      GatewayOutcome outcome = decision.get();
      deliver(() -> answer.complete(outcome));
    } catch (GatewayUnavailableException failure) {
      deliver(() -> answer.completeExceptionally(failure));
    }
    return answer;
  }

  private void deliver(Runnable completion) {
    long delayMillis = settings.latency().toMillis() + jitterMillis();
    if (delayMillis == 0) {
      completion.run();
    } else {
      scheduler.schedule(completion, delayMillis, TimeUnit.MILLISECONDS);
    }
  }

  private long jitterMillis() {
    long jitter = settings.jitter().toMillis();
    return jitter == 0 ? 0 : random.nextLong(jitter + 1);
  }
}
