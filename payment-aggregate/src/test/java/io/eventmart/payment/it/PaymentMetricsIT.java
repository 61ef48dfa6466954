package io.eventmart.payment.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.eventmart.contracts.common.Money;
import io.eventmart.contracts.payment.PaymentCommand.RequestPayment;
import io.eventmart.contracts.payment.PaymentIds;
import io.eventmart.payment.gateway.PaymentMethodsOnFile;
import io.eventmart.payment.infrastructure.gateway.GatewayResilience;
import io.eventmart.testsupport.TestPostgres;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The payment module's metrics in the application's meter registry: outcomes counted once each as
 * the gateway answers, and the circuit breaker's state as Resilience4j reports it.
 */
@SpringBootTest(
    classes = PaymentTestApplication.class,
    properties = "axon.axonserver.enabled=false")
class PaymentMetricsIT {

  private static final Duration WAIT = Duration.ofSeconds(20);

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestPostgres.freshDatabase("payment_metrics").registerAsDataSource(registry);
  }

  @Autowired CommandGateway commands;
  @Autowired PaymentMethodsOnFile paymentMethods;
  @Autowired MeterRegistry meters;

  @Test
  void countsEachPaymentOutcomeOnceAsTheGatewayAnswers() {
    double capturedBefore = outcome("captured");
    double declinedBefore = outcome("declined");

    pay("tok_visa");
    pay("tok_declined");

    await().atMost(WAIT).until(() -> outcome("captured") - capturedBefore == 1);
    await().atMost(WAIT).until(() -> outcome("declined") - declinedBefore == 1);
    assertThat(outcome("failed")).isZero();
    assertThat(outcome("voided")).isZero();
  }

  @Test
  void showsTheStateOfTheGatewaysCircuitBreaker() {
    assertThat(breakerState("closed")).isEqualTo(1);
    assertThat(breakerState("open")).isZero();
  }

  private void pay(String cardToken) {
    UUID orderId = UUID.randomUUID();
    paymentMethods.register(orderId, cardToken);
    commands.sendAndWait(
        new RequestPayment(
            PaymentIds.forOrder(orderId),
            orderId,
            UUID.randomUUID(),
            Money.of("25.00", "EUR"),
            "card"));
  }

  private double outcome(String outcome) {
    return meters.get("eventmart.payments").tag("outcome", outcome).counter().count();
  }

  private double breakerState(String state) {
    return meters
        .get("resilience4j.circuitbreaker.state")
        .tag("name", GatewayResilience.NAME)
        .tag("state", state)
        .gauge()
        .value();
  }
}
