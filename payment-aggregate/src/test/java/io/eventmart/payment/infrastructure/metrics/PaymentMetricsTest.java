package io.eventmart.payment.infrastructure.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventmart.contracts.common.Money;
import io.eventmart.contracts.payment.PaymentEvent.PaymentCaptured;
import io.eventmart.contracts.payment.PaymentEvent.PaymentDeclined;
import io.eventmart.contracts.payment.PaymentEvent.PaymentFailed;
import io.eventmart.contracts.payment.PaymentEvent.PaymentRefunded;
import io.eventmart.contracts.payment.PaymentEvent.PaymentVoided;
import io.eventmart.contracts.payment.PaymentIds;
import io.eventmart.contracts.payment.PaymentStatus;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.UUID;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;

class PaymentMetricsTest {

  private static final UUID ORDER_ID = UUID.fromString("0b6f2a3c-5a86-4d5e-9d1a-7c2f0e0f4a11");
  private static final UUID PAYMENT_ID = PaymentIds.forOrder(ORDER_ID);
  private static final Money AMOUNT = Money.of("100.00", "EUR");

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final PaymentMetrics metrics = new PaymentMetrics(registry);

  private double outcome(String outcome) {
    return registry.get(PaymentMetrics.OUTCOMES).tag("outcome", outcome).counter().count();
  }

  private static PaymentRefunded refunded(String amount, String total, PaymentStatus status) {
    return new PaymentRefunded(
        PAYMENT_ID,
        ORDER_ID,
        UUID.randomUUID(),
        Money.of(amount, "EUR"),
        Money.of(total, "EUR"),
        status,
        "ref-" + amount);
  }

  @Test
  void registersEveryOutcomeAtZeroBeforeTheFirstPayment() {
    for (String outcome : new String[] {"captured", "declined", "failed", "voided", "refunded"}) {
      assertThat(outcome(outcome)).isZero();
    }
  }

  @Test
  void countsEachWayAPaymentEnds() {
    metrics.on(new PaymentCaptured(PAYMENT_ID, ORDER_ID, AMOUNT, "auth-1"));
    metrics.on(new PaymentDeclined(PAYMENT_ID, ORDER_ID, "insufficient funds"));
    metrics.on(new PaymentFailed(PAYMENT_ID, ORDER_ID, "payment gateway unavailable"));
    metrics.on(new PaymentVoided(PAYMENT_ID, ORDER_ID, "order cancelled"));

    assertThat(outcome("captured")).isEqualTo(1);
    assertThat(outcome("declined")).isEqualTo(1);
    assertThat(outcome("failed")).isEqualTo(1);
    assertThat(outcome("voided")).isEqualTo(1);
    assertThat(outcome("refunded")).isZero();
  }

  @Test
  void countsEveryCompletedRefundPartialOrFull() {
    metrics.on(refunded("30.00", "30.00", PaymentStatus.PARTIALLY_REFUNDED));
    metrics.on(refunded("70.00", "100.00", PaymentStatus.REFUNDED));

    assertThat(outcome("refunded")).isEqualTo(2);
  }

  @Test
  void countsNothingOfAnOutcomeThatWasRolledBack() {
    UnitOfWork<?> recordCapture =
        DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("RecordPaymentCapture"));
    metrics.on(new PaymentCaptured(PAYMENT_ID, ORDER_ID, AMOUNT, "auth-1"));

    recordCapture.rollback();

    assertThat(outcome("captured")).isZero();
  }
}
