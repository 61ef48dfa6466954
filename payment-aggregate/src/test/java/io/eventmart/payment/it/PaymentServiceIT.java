package io.eventmart.payment.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventmart.contracts.common.Money;
import io.eventmart.contracts.error.DomainError;
import io.eventmart.contracts.error.ErrorKind;
import io.eventmart.contracts.metadata.EventMetadata;
import io.eventmart.contracts.payment.PaymentCommand.CancelPayment;
import io.eventmart.contracts.payment.PaymentCommand.RefundPayment;
import io.eventmart.contracts.payment.PaymentCommand.RequestPayment;
import io.eventmart.contracts.payment.PaymentEvent.PaymentAuthorized;
import io.eventmart.contracts.payment.PaymentEvent.PaymentCaptured;
import io.eventmart.contracts.payment.PaymentEvent.PaymentDeclined;
import io.eventmart.contracts.payment.PaymentEvent.PaymentFailed;
import io.eventmart.contracts.payment.PaymentEvent.PaymentRefundRequested;
import io.eventmart.contracts.payment.PaymentEvent.PaymentRefunded;
import io.eventmart.contracts.payment.PaymentEvent.PaymentRequested;
import io.eventmart.contracts.payment.PaymentEvent.PaymentVoided;
import io.eventmart.contracts.payment.PaymentIds;
import io.eventmart.payment.gateway.GatewayOutcome.Declined;
import io.eventmart.payment.gateway.PaymentGatewayProcessor;
import io.eventmart.payment.gateway.PaymentMethodsOnFile;
import io.eventmart.payment.infrastructure.gateway.GatewayResilience;
import io.eventmart.payment.infrastructure.gateway.SimulatedPaymentGateway;
import io.eventmart.support.command.CommandFailures;
import io.eventmart.testsupport.EventStoreTable;
import io.eventmart.testsupport.TestPostgres;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The payment module booted alone on a fresh PostgreSQL database with the built-in gateway
 * simulator, the order service's payment-method query answered by a test handler. Every scenario is
 * checked where it ends up: the events in {@code eventstore.domain_event_entry}.
 */
@SpringBootTest(
    classes = PaymentTestApplication.class,
    properties = {
      "axon.axonserver.enabled=false",
      // Short enough that tok_timeout's three attempts take about a second.
      "eventmart.payment.gateway.timeout=300ms",
      "eventmart.payment.gateway.retry.initial-backoff=20ms"
    })
class PaymentServiceIT {

  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final Money AMOUNT = Money.of("80.00", "EUR");

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestPostgres.freshDatabase("payment_service").registerAsDataSource(registry);
  }

  @Autowired CommandGateway commands;
  @Autowired JdbcTemplate jdbc;
  @Autowired PaymentMethodsOnFile paymentMethods;
  @Autowired SimulatedPaymentGateway simulator;
  @Autowired CircuitBreakerRegistry paymentGatewayCircuitBreakers;
  @Autowired RetryRegistry paymentGatewayRetries;
  @Autowired MeterRegistry meterRegistry;

  private final UUID orderId = UUID.randomUUID();
  private final UUID paymentId = PaymentIds.forOrder(orderId);
  private final String correlationId = "request-" + UUID.randomUUID();
  private CircuitBreaker breaker;
  private EventStoreTable events;

  @BeforeEach
  void readTheEventStore() {
    events = new EventStoreTable(jdbc);
  }

  @BeforeEach
  void closeTheBreaker() {
    breaker = paymentGatewayCircuitBreakers.circuitBreaker(GatewayResilience.NAME);
    breaker.reset();
  }

  @AfterEach
  void resetTheBreaker() {
    breaker.reset();
  }

  @Nested
  class CollectingAPayment {

    @Test
    void capturesAPaymentWithAnApprovedCard() {
      request("tok_visa");

      awaitEvents(PaymentRequested.class, PaymentAuthorized.class, PaymentCaptured.class);
      JsonNode captured = payload(2);
      assertThat(captured.get("amount").get("amount").decimalValue()).isEqualByComparingTo("80.00");
      assertThat(captured.get("gatewayReference").asText()).startsWith("sim_cap_");
    }

    @Test
    void declinesAPaymentWithADeclinedCard() {
      request("tok_declined");

      awaitEvents(PaymentRequested.class, PaymentDeclined.class);
      assertThat(payload(1).get("reason").asText()).isEqualTo("card declined");
    }

    @Test
    void capturesAFlakyCardOnceTheRetriesGetThrough() {
      request("tok_flaky");

      awaitEvents(PaymentRequested.class, PaymentAuthorized.class, PaymentCaptured.class);
    }

    @Test
    void failsAPaymentWithoutAPaymentMethodOnFile() {
      commands.sendAndWait(
          new RequestPayment(paymentId, orderId, UUID.randomUUID(), AMOUNT, "card"));

      awaitEvents(PaymentRequested.class, PaymentFailed.class);
      assertThat(payload(1).get("reason").asText()).isEqualTo("no payment method on file");
    }

    @Test
    void leavesATimedOutPaymentPendingUntilItIsCancelledAndThenVoidsItAtTheGateway() {
      Retry retry = paymentGatewayRetries.retry(GatewayResilience.NAME);
      long exhaustedBefore = retry.getMetrics().getNumberOfFailedCallsWithRetryAttempt();

      request("tok_timeout");

      await()
          .atMost(WAIT)
          .until(
              () -> retry.getMetrics().getNumberOfFailedCallsWithRetryAttempt() > exhaustedBefore);
      // The outcome is unknown: nothing may be recorded, however long we look.
      await()
          .during(Duration.ofMillis(500))
          .atMost(WAIT)
          .until(() -> eventTypes().equals(List.of(PaymentRequested.class.getName())));

      commands.sendAndWait(new CancelPayment(paymentId, "payment timed out"));

      awaitEvents(PaymentRequested.class, PaymentVoided.class);
      await()
          .atMost(WAIT)
          .until(
              () ->
                  simulator
                      .authorize(paymentId, AMOUNT, "tok_visa")
                      .toCompletableFuture()
                      .join()
                      .equals(new Declined("voided")));
    }

    @Test
    void failsFastWithTheReasonWhileTheCircuitBreakerIsOpen() {
      breaker.transitionToOpenState();

      request("tok_visa");

      awaitEvents(PaymentRequested.class, PaymentFailed.class);
      assertThat(payload(1).get("reason").asText())
          .isEqualTo("payment gateway unavailable: circuit breaker open");
    }

    @Test
    void ignoresTheSameRequestComingAgain() {
      request("tok_visa");
      awaitEvents(PaymentRequested.class, PaymentAuthorized.class, PaymentCaptured.class);

      request("tok_visa");

      assertThat(eventTypes()).hasSize(3);
    }
  }

  @Nested
  class GivingMoneyBack {

    @BeforeEach
    void capturedPayment() {
      request("tok_visa");
      awaitEvents(PaymentRequested.class, PaymentAuthorized.class, PaymentCaptured.class);
    }

    @Test
    void refundsEverythingWhenNoAmountIsGiven() {
      refund(null);

      awaitEvents(
          PaymentRequested.class,
          PaymentAuthorized.class,
          PaymentCaptured.class,
          PaymentRefundRequested.class,
          PaymentRefunded.class);
      JsonNode refunded = payload(4);
      assertThat(refunded.get("status").asText()).isEqualTo("REFUNDED");
      assertThat(refunded.get("totalRefunded").get("amount").decimalValue())
          .isEqualByComparingTo("80.00");
    }

    @Test
    void refundsInPartsUntilEverythingIsBack() {
      refund(Money.of("30.00", "EUR"));
      await().atMost(WAIT).until(() -> eventTypes().size() == 5);
      assertThat(payload(4).get("status").asText()).isEqualTo("PARTIALLY_REFUNDED");

      refund(Money.of("50.00", "EUR"));
      await().atMost(WAIT).until(() -> eventTypes().size() == 7);
      JsonNode last = payload(6);
      assertThat(last.get("status").asText()).isEqualTo("REFUNDED");
      assertThat(last.get("totalRefunded").get("amount").decimalValue())
          .isEqualByComparingTo("80.00");
    }

    @Test
    void refusesToRefundMoreThanWasCaptured() {
      assertThatThrownBy(() -> refund(Money.of("80.01", "EUR")))
          .satisfies(
              failure -> {
                DomainError error = CommandFailures.domainErrorOf(failure).orElseThrow();
                assertThat(error.code()).isEqualTo("payment.over-refund");
                assertThat(error.kind()).isEqualTo(ErrorKind.REJECTED);
                assertThat(error.details())
                    .containsEntry("requested", "80.01")
                    .containsEntry("refundable", "80.00");
              });
      assertThat(eventTypes()).hasSize(3);
    }

    @Test
    void refundsACapturedPaymentWhenTheOrderIsCancelled() {
      commands.sendAndWait(new CancelPayment(paymentId, "order cancelled"));

      awaitEvents(
          PaymentRequested.class,
          PaymentAuthorized.class,
          PaymentCaptured.class,
          PaymentRefundRequested.class,
          PaymentRefunded.class);
      assertThat(payload(3).get("refundId").asText())
          .isEqualTo(PaymentIds.cancellationRefund(paymentId).toString());
      assertThat(payload(4).get("status").asText()).isEqualTo("REFUNDED");
    }

    private void refund(Money amount) {
      commands.sendAndWait(new RefundPayment(paymentId, UUID.randomUUID(), amount, "goodwill"));
    }
  }

  @Nested
  class TracingTheRequest {

    @Test
    void keepsTheRequestsCorrelationAndUserOnEveryEventTheGatewayCaused() {
      request("tok_visa");

      awaitEvents(PaymentRequested.class, PaymentAuthorized.class, PaymentCaptured.class);
      for (int sequence = 0; sequence < 3; sequence++) {
        JsonNode metadata = metadata(sequence);
        assertThat(metadata.get(EventMetadata.CORRELATION_ID).asText()).isEqualTo(correlationId);
        assertThat(metadata.get(EventMetadata.USER_ID).asText()).isEqualTo("customer-1");
        assertThat(metadata.get(EventMetadata.CAUSATION_ID)).isNotNull();
      }
      assertThat(metadata(1).get(EventMetadata.CAUSATION_ID).asText())
          .isNotEqualTo(metadata(0).get(EventMetadata.CAUSATION_ID).asText());
    }

    @Test
    void tracksTheGatewayProcessorUnderItsOwnProcessingGroup() {
      assertThat(jdbc.queryForList("SELECT processor_name FROM axon.token_entry", String.class))
          .contains(PaymentGatewayProcessor.PROCESSING_GROUP);
    }

    @Test
    void publishesTheCircuitBreakerAndRetryMetrics() {
      assertThat(
              meterRegistry
                  .find("resilience4j.circuitbreaker.state")
                  .tag("name", GatewayResilience.NAME)
                  .gauges())
          .isNotEmpty();
      assertThat(
              meterRegistry
                  .find("resilience4j.retry.calls")
                  .tag("name", GatewayResilience.NAME)
                  .meters())
          .isNotEmpty();
    }
  }

  private void request(String cardToken) {
    paymentMethods.register(orderId, cardToken);
    commands.sendAndWait(
        GenericCommandMessage.asCommandMessage(
                new RequestPayment(paymentId, orderId, UUID.randomUUID(), AMOUNT, "card"))
            .andMetaData(
                MetaData.with(EventMetadata.CORRELATION_ID, correlationId)
                    .and(EventMetadata.USER_ID, "customer-1")));
  }

  private void awaitEvents(Class<?>... types) {
    List<String> expected = java.util.Arrays.stream(types).map(Class::getName).toList();
    await().atMost(WAIT).untilAsserted(() -> assertThat(eventTypes()).isEqualTo(expected));
  }

  private List<String> eventTypes() {
    return events.payloadTypesOf(paymentId);
  }

  private JsonNode payload(long sequence) {
    return events.payloadOf(paymentId, sequence);
  }

  private JsonNode metadata(long sequence) {
    return events.metadataOf(paymentId, sequence);
  }
}
