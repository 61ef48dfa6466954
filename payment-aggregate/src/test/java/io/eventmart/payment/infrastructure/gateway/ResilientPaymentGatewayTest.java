package io.eventmart.payment.infrastructure.gateway;

import static io.eventmart.payment.gateway.ScriptedPaymentGateway.Operation.AUTHORIZE;
import static io.eventmart.payment.gateway.ScriptedPaymentGateway.Operation.VOID;
import static io.eventmart.payment.gateway.ScriptedPaymentGateway.approved;
import static io.eventmart.payment.gateway.ScriptedPaymentGateway.declined;
import static io.eventmart.payment.gateway.ScriptedPaymentGateway.failed;
import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventmart.contracts.common.Money;
import io.eventmart.payment.gateway.GatewayOutcome;
import io.eventmart.payment.gateway.GatewayOutcome.Approved;
import io.eventmart.payment.gateway.GatewayOutcome.Declined;
import io.eventmart.payment.gateway.GatewayTimeoutException;
import io.eventmart.payment.gateway.GatewayUnavailableException;
import io.eventmart.payment.gateway.PaymentGateway;
import io.eventmart.payment.gateway.ScriptedPaymentGateway;
import io.eventmart.payment.infrastructure.PaymentProperties;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.timelimiter.TimeLimiter;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The production Resilience4j setup ({@link GatewayResilience}) with durations shortened where a
 * test would otherwise wait, and a hand-moved clock for the breaker's open period.
 */
class ResilientPaymentGatewayTest {

  private static final Money AMOUNT = Money.of("25.00", "EUR");
  private static final Duration WAIT = Duration.ofSeconds(5);
  private static final PaymentProperties.Retry THREE_QUICK_ATTEMPTS =
      new PaymentProperties.Retry(3, Duration.ofMillis(5), 2.0);
  private static final PaymentProperties.Retry NO_RETRIES =
      new PaymentProperties.Retry(1, Duration.ofMillis(5), 2.0);
  private static final PaymentProperties.CircuitBreaker BREAKER =
      new PaymentProperties.CircuitBreaker(5, 5, 100, Duration.ofSeconds(60), 3);

  private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
  private final MutableClock clock = new MutableClock();
  private final ScriptedPaymentGateway gateway = new ScriptedPaymentGateway();
  private CircuitBreaker breaker;
  private Retry retry;

  @AfterEach
  void stopScheduler() {
    scheduler.shutdownNow();
  }

  @Nested
  class Retrying {

    @Test
    void retriesTechnicalFailuresUntilTokFlakyGoesThrough() {
      PaymentGateway simulator =
          new SimulatedPaymentGateway(
              new PaymentProperties.Simulator(Duration.ZERO, Duration.ZERO, 0),
              scheduler,
              new Random(7));
      PaymentGateway resilient = guard(simulator, THREE_QUICK_ATTEMPTS, Duration.ofSeconds(1));

      assertThat(answer(resilient.authorize(UUID.randomUUID(), AMOUNT, "tok_flaky")))
          .isInstanceOf(Approved.class);
      assertThat(retry.getMetrics().getNumberOfSuccessfulCallsWithRetryAttempt()).isEqualTo(1);
    }

    @Test
    void neverRetriesADecline() {
      gateway.answering(AUTHORIZE, call -> declined("card declined"));
      PaymentGateway resilient = guard(gateway, THREE_QUICK_ATTEMPTS, Duration.ofSeconds(1));

      assertThat(answer(resilient.authorize(UUID.randomUUID(), AMOUNT, "tok_declined")))
          .isEqualTo(new Declined("card declined"));
      assertThat(gateway.calls(AUTHORIZE)).hasSize(1);
    }

    @Test
    void givesUpAfterTheLastAttemptWithTheGatewaysFailure() {
      gateway.answering(AUTHORIZE, call -> failed(new GatewayUnavailableException("503")));
      PaymentGateway resilient = guard(gateway, THREE_QUICK_ATTEMPTS, Duration.ofSeconds(1));

      assertThat(failure(resilient.authorize(UUID.randomUUID(), AMOUNT, "tok_visa")))
          .isInstanceOf(GatewayUnavailableException.class)
          .hasMessage("503");
      assertThat(gateway.calls(AUTHORIZE)).hasSize(3);
    }

    @Test
    void treatsAGatewayThatThrowsLikeAFailedCall() {
      gateway.answering(
          AUTHORIZE,
          call -> {
            throw new GatewayUnavailableException("connection refused");
          });
      PaymentGateway resilient = guard(gateway, THREE_QUICK_ATTEMPTS, Duration.ofSeconds(1));

      assertThat(failure(resilient.authorize(UUID.randomUUID(), AMOUNT, "tok_visa")))
          .isInstanceOf(GatewayUnavailableException.class);
      assertThat(gateway.calls(AUTHORIZE)).hasSize(3);
    }
  }

  @Nested
  class LimitingTime {

    @Test
    void cutsACallThatDoesNotAnswerInTime() {
      List<CompletableFuture<GatewayOutcome>> unanswered = new CopyOnWriteArrayList<>();
      gateway.answering(AUTHORIZE, call -> neverAnswering(unanswered));
      PaymentGateway resilient = guard(gateway, NO_RETRIES, Duration.ofMillis(50));

      assertThat(failure(resilient.authorize(UUID.randomUUID(), AMOUNT, "tok_timeout")))
          .isInstanceOf(GatewayTimeoutException.class);
      assertThat(unanswered)
          .singleElement()
          .satisfies(call -> assertThat(call).isCompletedExceptionally());
    }

    @Test
    void retriesATimeoutAndReportsTheOutcomeAsUnknownWhenNoAttemptAnswers() {
      List<CompletableFuture<GatewayOutcome>> unanswered = new CopyOnWriteArrayList<>();
      gateway.answering(AUTHORIZE, call -> neverAnswering(unanswered));
      PaymentGateway resilient = guard(gateway, THREE_QUICK_ATTEMPTS, Duration.ofMillis(50));

      assertThat(failure(resilient.authorize(UUID.randomUUID(), AMOUNT, "tok_timeout")))
          .isInstanceOf(GatewayTimeoutException.class);
      assertThat(unanswered).hasSize(3);
    }

    @Test
    void acceptsTheAnswerOfARetryAfterATimeout() {
      List<CompletableFuture<GatewayOutcome>> unanswered = new CopyOnWriteArrayList<>();
      gateway.answering(
          AUTHORIZE,
          call -> unanswered.isEmpty() ? neverAnswering(unanswered) : approved("auth-2"));
      PaymentGateway resilient = guard(gateway, THREE_QUICK_ATTEMPTS, Duration.ofMillis(50));

      assertThat(answer(resilient.authorize(UUID.randomUUID(), AMOUNT, "tok_visa")))
          .isEqualTo(new Approved("auth-2"));
    }
  }

  @Nested
  class BreakingTheCircuit {

    @Test
    void opensAfterFiveFailuresAndThenFailsFastWithoutCallingTheGateway() {
      gateway.answering(AUTHORIZE, call -> failed(new GatewayUnavailableException("503")));
      PaymentGateway resilient = guard(gateway, NO_RETRIES, Duration.ofSeconds(1));

      for (int i = 0; i < 4; i++) {
        failure(resilient.authorize(UUID.randomUUID(), AMOUNT, "tok_visa"));
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
      }
      failure(resilient.authorize(UUID.randomUUID(), AMOUNT, "tok_visa"));
      assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);

      assertThat(failure(resilient.authorize(UUID.randomUUID(), AMOUNT, "tok_visa")))
          .isInstanceOf(GatewayUnavailableException.class)
          .hasMessage("circuit breaker open");
      assertThat(gateway.calls(AUTHORIZE)).hasSize(5);
    }

    @Test
    void neverRetriesACallTheOpenBreakerRefused() {
      PaymentGateway resilient = guard(gateway, THREE_QUICK_ATTEMPTS, Duration.ofSeconds(1));
      breaker.transitionToOpenState();

      assertThat(failure(resilient.voidPayment(UUID.randomUUID())))
          .hasMessage("circuit breaker open");
      assertThat(gateway.calls(VOID)).isEmpty();
      assertThat(retry.getMetrics().getNumberOfFailedCallsWithoutRetryAttempt()).isEqualTo(1);
    }

    @Test
    void countsDeclinesAsSuccessfulCalls() {
      gateway.answering(AUTHORIZE, call -> declined("insufficient funds"));
      PaymentGateway resilient = guard(gateway, NO_RETRIES, Duration.ofSeconds(1));

      for (int i = 0; i < 10; i++) {
        answer(resilient.authorize(UUID.randomUUID(), AMOUNT, "tok_insufficient_funds"));
      }

      assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
      assertThat(breaker.getMetrics().getNumberOfSuccessfulCalls()).isEqualTo(5);
    }

    @Test
    void letsThreeTrialCallsThroughAfterTheWaitAndClosesWhenTheySucceed() {
      PaymentGateway resilient = openedBreaker();

      clock.advance(BREAKER.waitInOpenState().plusMillis(1));
      gateway.answering(AUTHORIZE, call -> approved("auth"));

      answer(resilient.authorize(UUID.randomUUID(), AMOUNT, "tok_visa"));
      assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.HALF_OPEN);
      answer(resilient.authorize(UUID.randomUUID(), AMOUNT, "tok_visa"));
      answer(resilient.authorize(UUID.randomUUID(), AMOUNT, "tok_visa"));
      assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
      assertThat(gateway.calls(AUTHORIZE)).hasSize(5 + 3);
    }

    @Test
    void staysOpenUntilTheWaitIsOver() {
      PaymentGateway resilient = openedBreaker();

      clock.advance(BREAKER.waitInOpenState());

      assertThat(failure(resilient.authorize(UUID.randomUUID(), AMOUNT, "tok_visa")))
          .hasMessage("circuit breaker open");
      assertThat(gateway.calls(AUTHORIZE)).hasSize(5);
    }

    @Test
    void opensAgainWhenTheTrialCallsFail() {
      PaymentGateway resilient = openedBreaker();

      clock.advance(BREAKER.waitInOpenState().plusMillis(1));
      for (int i = 0; i < 3; i++) {
        failure(resilient.authorize(UUID.randomUUID(), AMOUNT, "tok_visa"));
      }

      assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
    }

    private PaymentGateway openedBreaker() {
      gateway.answering(AUTHORIZE, call -> failed(new GatewayUnavailableException("503")));
      PaymentGateway resilient = guard(gateway, NO_RETRIES, Duration.ofSeconds(1));
      for (int i = 0; i < 5; i++) {
        failure(resilient.authorize(UUID.randomUUID(), AMOUNT, "tok_visa"));
      }
      assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
      return resilient;
    }
  }

  private PaymentGateway guard(
      PaymentGateway delegate, PaymentProperties.Retry retrySettings, Duration timeout) {
    breaker = CircuitBreaker.of("test", GatewayResilience.circuitBreaker(BREAKER, clock));
    retry = Retry.of("test", GatewayResilience.retry(retrySettings));
    TimeLimiter timeLimiter = TimeLimiter.of("test", GatewayResilience.timeLimiter(timeout));
    return new ResilientPaymentGateway(delegate, breaker, retry, timeLimiter, scheduler);
  }

  private static CompletionStage<GatewayOutcome> neverAnswering(
      List<CompletableFuture<GatewayOutcome>> unanswered) {
    CompletableFuture<GatewayOutcome> call = new CompletableFuture<>();
    unanswered.add(call);
    return call;
  }

  private static GatewayOutcome answer(CompletionStage<GatewayOutcome> stage) {
    return stage.toCompletableFuture().orTimeout(WAIT.toMillis(), MILLISECONDS).join();
  }

  private static Throwable failure(CompletionStage<GatewayOutcome> stage) {
    try {
      answer(stage);
    } catch (CompletionException e) {
      return e.getCause();
    }
    throw new AssertionError("expected the call to fail, but it succeeded");
  }
}
