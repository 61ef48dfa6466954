package io.eventmart.catalog.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventmart.contracts.common.Money;
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
import io.eventmart.contracts.payment.query.PaymentHistoryEntry;
import io.eventmart.contracts.payment.query.PaymentView;
import io.eventmart.testsupport.TestPostgres;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Payments and their history, given the payment aggregate's events. */
@CatalogTest
class PaymentCatalogIT {

  private static final Money AMOUNT = Money.of("30.00", "EUR");

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestPostgres.freshDatabase("catalog_payments").registerAsDataSource(registry);
  }

  @Autowired EventFeed given;
  @Autowired Catalog catalog;

  private final UUID orderId = UUID.randomUUID();
  private final UUID paymentId = PaymentIds.forOrder(orderId);
  private final UUID customerId = UUID.randomUUID();

  @Test
  void followsAPaymentFromRequestToCapture() {
    Instant requestedAt = given.payment(paymentId, requested());
    Instant authorizedAt =
        given.payment(paymentId, new PaymentAuthorized(paymentId, orderId, "auth-1"));
    Instant capturedAt =
        given.payment(paymentId, new PaymentCaptured(paymentId, orderId, AMOUNT, "capture-1"));

    catalog.awaitCaughtUp();

    PaymentView payment = catalog.payment(paymentId).orElseThrow();
    assertThat(payment.orderId()).isEqualTo(orderId);
    assertThat(payment.customerId()).isEqualTo(customerId);
    assertThat(payment.amount()).isEqualTo(new BigDecimal("30.00"));
    assertThat(payment.currency()).isEqualTo("EUR");
    assertThat(payment.status()).isEqualTo(PaymentStatus.CAPTURED);
    assertThat(payment.gatewayReference()).isEqualTo("capture-1");
    assertThat(payment.failureReason()).isNull();
    assertThat(payment.refundedAmount()).isEqualTo(new BigDecimal("0.00"));
    assertThat(payment.history())
        .containsExactly(
            new PaymentHistoryEntry(PaymentStatus.PENDING, requestedAt, null, null, 0),
            new PaymentHistoryEntry(PaymentStatus.AUTHORIZED, authorizedAt, null, null, 1),
            new PaymentHistoryEntry(
                PaymentStatus.CAPTURED, capturedAt, null, new BigDecimal("30.00"), 2));
    assertThat(payment.createdAt()).isEqualTo(requestedAt);
    assertThat(payment.updatedAt()).isEqualTo(capturedAt);
    assertThat(catalog.paymentForOrder(orderId)).contains(payment);
  }

  @Test
  void refundsPartlyAndThenFully() {
    UUID firstRefund = UUID.randomUUID();
    UUID secondRefund = UUID.randomUUID();
    given.payment(paymentId, requested(), authorized(), captured());
    Instant askedAt =
        given.payment(
            paymentId,
            new PaymentRefundRequested(
                paymentId, orderId, firstRefund, Money.of("10.00", "EUR"), "Arrived damaged"));
    Instant partlyAt =
        given.payment(
            paymentId,
            new PaymentRefunded(
                paymentId,
                orderId,
                firstRefund,
                Money.of("10.00", "EUR"),
                Money.of("10.00", "EUR"),
                PaymentStatus.PARTIALLY_REFUNDED,
                "refund-1"));

    catalog.awaitCaughtUp();
    PaymentView partly = catalog.payment(paymentId).orElseThrow();
    assertThat(partly.status()).isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);
    assertThat(partly.refundedAmount()).isEqualTo(new BigDecimal("10.00"));
    assertThat(partly.history())
        .endsWith(
            new PaymentHistoryEntry(
                PaymentStatus.CAPTURED,
                askedAt,
                "Refund requested: Arrived damaged",
                new BigDecimal("10.00"),
                3),
            new PaymentHistoryEntry(
                PaymentStatus.PARTIALLY_REFUNDED, partlyAt, null, new BigDecimal("10.00"), 4));

    given.payment(
        paymentId,
        new PaymentRefundRequested(
            paymentId, orderId, secondRefund, Money.of("20.00", "EUR"), "Order cancelled"));
    Instant fullyAt =
        given.payment(
            paymentId,
            new PaymentRefunded(
                paymentId,
                orderId,
                secondRefund,
                Money.of("20.00", "EUR"),
                AMOUNT,
                PaymentStatus.REFUNDED,
                "refund-2"));

    catalog.awaitCaughtUp();
    PaymentView fully = catalog.payment(paymentId).orElseThrow();
    assertThat(fully.status()).isEqualTo(PaymentStatus.REFUNDED);
    assertThat(fully.refundedAmount()).isEqualTo(new BigDecimal("30.00"));
    assertThat(fully.gatewayReference()).isEqualTo("capture-1");
    assertThat(fully.history())
        .last()
        .isEqualTo(
            new PaymentHistoryEntry(
                PaymentStatus.REFUNDED, fullyAt, null, new BigDecimal("20.00"), 6));
  }

  @Test
  void keepsARefundTheGatewayCouldNotPayInTheHistoryOnly() {
    UUID refund = UUID.randomUUID();
    given.payment(
        paymentId,
        requested(),
        authorized(),
        captured(),
        new PaymentRefundRequested(paymentId, orderId, refund, AMOUNT, "Order cancelled"));
    Instant failedAt =
        given.payment(
            paymentId,
            new PaymentRefundFailed(paymentId, orderId, refund, AMOUNT, "Gateway unavailable"));

    catalog.awaitCaughtUp();

    PaymentView payment = catalog.payment(paymentId).orElseThrow();
    assertThat(payment.status()).isEqualTo(PaymentStatus.CAPTURED);
    assertThat(payment.refundedAmount()).isEqualTo(new BigDecimal("0.00"));
    assertThat(payment.failureReason()).isNull();
    assertThat(payment.history())
        .last()
        .isEqualTo(
            new PaymentHistoryEntry(
                PaymentStatus.CAPTURED,
                failedAt,
                "Refund failed: Gateway unavailable",
                new BigDecimal("30.00"),
                4));
  }

  @Test
  void showsADeclineWithItsReason() {
    given.payment(paymentId, requested());
    Instant declinedAt =
        given.payment(paymentId, new PaymentDeclined(paymentId, orderId, "Insufficient funds"));

    catalog.awaitCaughtUp();

    PaymentView payment = catalog.paymentForOrder(orderId).orElseThrow();
    assertThat(payment.status()).isEqualTo(PaymentStatus.DECLINED);
    assertThat(payment.failureReason()).isEqualTo("Insufficient funds");
    assertThat(payment.gatewayReference()).isNull();
    assertThat(payment.history())
        .last()
        .isEqualTo(
            new PaymentHistoryEntry(
                PaymentStatus.DECLINED, declinedAt, "Insufficient funds", null, 1));
  }

  @Test
  void showsAFailureWithItsReason() {
    given.payment(
        paymentId,
        requested(),
        new PaymentFailed(paymentId, orderId, "payment gateway unavailable: circuit breaker open"));

    catalog.awaitCaughtUp();

    PaymentView payment = catalog.payment(paymentId).orElseThrow();
    assertThat(payment.status()).isEqualTo(PaymentStatus.FAILED);
    assertThat(payment.failureReason())
        .isEqualTo("payment gateway unavailable: circuit breaker open");
  }

  @Test
  void showsAVoidedPaymentWithItsReason() {
    given.payment(paymentId, requested(), authorized());
    Instant voidedAt =
        given.payment(
            paymentId, new PaymentVoided(paymentId, orderId, "Order cancelled by CUSTOMER"));

    catalog.awaitCaughtUp();

    PaymentView payment = catalog.payment(paymentId).orElseThrow();
    assertThat(payment.status()).isEqualTo(PaymentStatus.VOIDED);
    assertThat(payment.failureReason()).isEqualTo("Order cancelled by CUSTOMER");
    assertThat(payment.gatewayReference()).isEqualTo("auth-1");
    assertThat(payment.history())
        .extracting(PaymentHistoryEntry::status)
        .containsExactly(PaymentStatus.PENDING, PaymentStatus.AUTHORIZED, PaymentStatus.VOIDED);
    assertThat(payment.history().get(2).at()).isEqualTo(voidedAt);
  }

  @Test
  void knowsNothingOfAPaymentNeverRequested() {
    assertThat(catalog.payment(UUID.randomUUID())).isEmpty();
    assertThat(catalog.paymentForOrder(UUID.randomUUID())).isEmpty();
  }

  private PaymentRequested requested() {
    return new PaymentRequested(paymentId, orderId, customerId, AMOUNT, "card");
  }

  private PaymentAuthorized authorized() {
    return new PaymentAuthorized(paymentId, orderId, "auth-1");
  }

  private PaymentCaptured captured() {
    return new PaymentCaptured(paymentId, orderId, AMOUNT, "capture-1");
  }
}
