package io.eventmart.payment.infrastructure.gateway;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventmart.contracts.common.Money;
import io.eventmart.payment.gateway.GatewayOutcome;
import io.eventmart.payment.gateway.GatewayOutcome.Approved;
import io.eventmart.payment.gateway.GatewayOutcome.Declined;
import io.eventmart.payment.gateway.GatewayUnavailableException;
import io.eventmart.payment.infrastructure.PaymentProperties;
import java.time.Duration;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SimulatedPaymentGatewayTest {

  private static final Money AMOUNT = Money.of("25.00", "EUR");
  private static final Duration WAIT = Duration.ofSeconds(2);
  private static final PaymentProperties.Simulator AT_ONCE =
      new PaymentProperties.Simulator(Duration.ZERO, Duration.ZERO, 0);

  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
  private SimulatedPaymentGateway simulator = simulator(AT_ONCE);

  @AfterEach
  void stopScheduler() {
    scheduler.shutdownNow();
  }

  @Nested
  class Authorizing {

    @ParameterizedTest
    @ValueSource(strings = {"tok_visa", "tok_mastercard"})
    void approvesTheCardsThatPay(String token) {
      assertThat(answer(simulator.authorize(payment(), AMOUNT, token)))
          .isInstanceOfSatisfying(
              Approved.class,
              approved -> assertThat(approved.gatewayReference()).startsWith("sim_auth_"));
    }

    @ParameterizedTest
    @CsvSource({
      "tok_declined, card declined",
      "tok_insufficient_funds, insufficient funds",
      "tok_amex, unknown payment method"
    })
    void declinesTheCardsThatDoNotPay(String token, String reason) {
      assertThat(answer(simulator.authorize(payment(), AMOUNT, token)))
          .isEqualTo(new Declined(reason));
    }

    @Test
    void neverAnswersTokTimeout() {
      CompletableFuture<GatewayOutcome> answer =
          simulator.authorize(payment(), AMOUNT, "tok_timeout").toCompletableFuture();

      // Every other answer of this simulator is immediate, so an open future means no answer.
      assertThat(answer).isNotDone();
    }

    @Test
    void failsTokFlakyTwiceForAPaymentThenApproves() {
      UUID paymentId = payment();

      assertThat(failure(simulator.authorize(paymentId, AMOUNT, "tok_flaky")))
          .isInstanceOf(GatewayUnavailableException.class);
      assertThat(failure(simulator.authorize(paymentId, AMOUNT, "tok_flaky")))
          .isInstanceOf(GatewayUnavailableException.class);
      assertThat(answer(simulator.authorize(paymentId, AMOUNT, "tok_flaky")))
          .isInstanceOf(Approved.class);
    }

    @Test
    void countsTokFlakyFailuresPerPayment() {
      UUID first = payment();
      failure(simulator.authorize(first, AMOUNT, "tok_flaky"));
      failure(simulator.authorize(first, AMOUNT, "tok_flaky"));

      assertThat(failure(simulator.authorize(payment(), AMOUNT, "tok_flaky")))
          .isInstanceOf(GatewayUnavailableException.class);
      assertThat(answer(simulator.authorize(first, AMOUNT, "tok_flaky")))
          .isInstanceOf(Approved.class);
    }
  }

  @Nested
  class BeingIdempotent {

    @Test
    void answersARepeatedAuthorizationWithTheSameReference() {
      UUID paymentId = payment();

      GatewayOutcome first = answer(simulator.authorize(paymentId, AMOUNT, "tok_visa"));

      assertThat(answer(simulator.authorize(paymentId, AMOUNT, "tok_visa"))).isEqualTo(first);
    }

    @Test
    void keepsTheFirstDefiniteAnswerForAPayment() {
      UUID paymentId = payment();

      answer(simulator.authorize(paymentId, AMOUNT, "tok_declined"));

      assertThat(answer(simulator.authorize(paymentId, AMOUNT, "tok_visa")))
          .isEqualTo(new Declined("card declined"));
    }

    @Test
    void keepsTheApprovalOfAFlakyPaymentOnceItCame() {
      UUID paymentId = payment();
      failure(simulator.authorize(paymentId, AMOUNT, "tok_flaky"));
      failure(simulator.authorize(paymentId, AMOUNT, "tok_flaky"));
      GatewayOutcome approval = answer(simulator.authorize(paymentId, AMOUNT, "tok_flaky"));

      assertThat(answer(simulator.authorize(paymentId, AMOUNT, "tok_flaky"))).isEqualTo(approval);
    }

    @Test
    void capturesAPaymentOnce() {
      UUID paymentId = payment();
      answer(simulator.authorize(paymentId, AMOUNT, "tok_visa"));

      GatewayOutcome capture = answer(simulator.capture(paymentId, "auth"));

      assertThat(capture).isInstanceOf(Approved.class);
      assertThat(answer(simulator.capture(paymentId, "auth"))).isEqualTo(capture);
    }

    @Test
    void refundsOncePerRefundId() {
      UUID paymentId = payment();
      UUID refundId = UUID.randomUUID();

      GatewayOutcome refund = answer(simulator.refund(refundId, paymentId, AMOUNT));

      assertThat(refund).isInstanceOf(Approved.class);
      assertThat(answer(simulator.refund(refundId, paymentId, AMOUNT))).isEqualTo(refund);
      assertThat(answer(simulator.refund(UUID.randomUUID(), paymentId, AMOUNT)))
          .isNotEqualTo(refund);
    }

    @Test
    void voidsAPaymentOnce() {
      UUID paymentId = payment();

      GatewayOutcome voided = answer(simulator.voidPayment(paymentId));

      assertThat(voided).isInstanceOf(Approved.class);
      assertThat(answer(simulator.voidPayment(paymentId))).isEqualTo(voided);
    }
  }

  @Nested
  class Voiding {

    @ParameterizedTest
    @ValueSource(strings = {"tok_visa", "tok_timeout", "tok_flaky"})
    void declinesEveryLaterAuthorizationOfAVoidedPayment(String token) {
      UUID paymentId = payment();
      answer(simulator.voidPayment(paymentId));

      assertThat(answer(simulator.authorize(paymentId, AMOUNT, token)))
          .isEqualTo(new Declined("voided"));
    }

    @Test
    void declinesTheCaptureOfAVoidedPayment() {
      UUID paymentId = payment();
      answer(simulator.authorize(paymentId, AMOUNT, "tok_visa"));
      answer(simulator.voidPayment(paymentId));

      assertThat(answer(simulator.capture(paymentId, "auth"))).isEqualTo(new Declined("voided"));
    }
  }

  @Nested
  class UnderLoad {

    @Test
    void answersAfterTheConfiguredLatencyWithoutHoldingTheCaller() {
      simulator =
          simulator(
              new PaymentProperties.Simulator(Duration.ofMillis(200), Duration.ofMillis(50), 0));

      CompletableFuture<GatewayOutcome> answer =
          simulator.authorize(payment(), AMOUNT, "tok_visa").toCompletableFuture();

      assertThat(answer).isNotDone();
      assertThat(answer).succeedsWithin(WAIT).isInstanceOf(Approved.class);
    }

    @Test
    void failsTechnicallyAtTheConfiguredRate() {
      simulator = simulator(new PaymentProperties.Simulator(Duration.ZERO, Duration.ZERO, 1.0));

      assertThat(failure(simulator.authorize(payment(), AMOUNT, "tok_visa")))
          .isInstanceOf(GatewayUnavailableException.class)
          .hasMessage("simulated technical failure");
      assertThat(failure(simulator.refund(UUID.randomUUID(), payment(), AMOUNT)))
          .isInstanceOf(GatewayUnavailableException.class);
    }
  }

  private SimulatedPaymentGateway simulator(PaymentProperties.Simulator settings) {
    return new SimulatedPaymentGateway(settings, scheduler, new Random(7));
  }

  private static UUID payment() {
    return UUID.randomUUID();
  }

  /** The answer, waiting at most {@link #WAIT} for it (on a copy, so the simulator's is kept). */
  private static GatewayOutcome answer(CompletionStage<GatewayOutcome> stage) {
    return stage.toCompletableFuture().copy().orTimeout(WAIT.toMillis(), MILLISECONDS).join();
  }

  private static Throwable failure(CompletionStage<GatewayOutcome> stage) {
    try {
      answer(stage);
    } catch (CompletionException e) {
      return e.getCause();
    }
    throw new AssertionError("expected a failed answer, but the call succeeded");
  }
}
