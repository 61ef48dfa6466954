package io.eventmart.payment.payment;

import io.eventmart.contracts.common.Money;
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
import java.util.UUID;

/** One order's payment of 100.00 EUR, and the messages of its life, for the fixture tests. */
final class PaymentTestData {

  static final UUID ORDER_ID = UUID.fromString("0b6f2a3c-5a86-4d5e-9d1a-7c2f0e0f4a11");
  static final UUID PAYMENT_ID = PaymentIds.forOrder(ORDER_ID);
  static final UUID CUSTOMER_ID = UUID.fromString("5d1c9f7e-2b44-4c61-8f3e-0a9b8c7d6e5f");
  static final Money AMOUNT = eur("100.00");
  static final String CARD = "card";
  static final String AUTHORIZATION_REF = "auth-1";
  static final String CAPTURE_REF = "cap-1";
  static final UUID CANCELLATION_REFUND_ID = PaymentIds.cancellationRefund(PAYMENT_ID);

  private PaymentTestData() {}

  static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  static RequestPayment requestPayment() {
    return requestPayment(AMOUNT);
  }

  static RequestPayment requestPayment(Money amount) {
    return new RequestPayment(PAYMENT_ID, ORDER_ID, CUSTOMER_ID, amount, CARD);
  }

  static PaymentRequested requested() {
    return new PaymentRequested(PAYMENT_ID, ORDER_ID, CUSTOMER_ID, AMOUNT, CARD);
  }

  static PaymentAuthorized authorized() {
    return new PaymentAuthorized(PAYMENT_ID, ORDER_ID, AUTHORIZATION_REF);
  }

  static PaymentCaptured captured() {
    return new PaymentCaptured(PAYMENT_ID, ORDER_ID, AMOUNT, CAPTURE_REF);
  }

  static PaymentDeclined declined() {
    return new PaymentDeclined(PAYMENT_ID, ORDER_ID, "card declined");
  }

  static PaymentFailed failed() {
    return new PaymentFailed(PAYMENT_ID, ORDER_ID, "payment gateway unavailable");
  }

  static PaymentVoided voided() {
    return new PaymentVoided(PAYMENT_ID, ORDER_ID, "order cancelled");
  }

  /** The events of a payment whose money was taken. */
  static Object[] capturedPayment() {
    return new Object[] {requested(), authorized(), captured()};
  }

  static PaymentRefundRequested refundRequested(UUID refundId, String amount) {
    return new PaymentRefundRequested(PAYMENT_ID, ORDER_ID, refundId, eur(amount), "goodwill");
  }

  static PaymentRefunded refunded(
      UUID refundId, String amount, String totalRefunded, PaymentStatus status) {
    return new PaymentRefunded(
        PAYMENT_ID,
        ORDER_ID,
        refundId,
        eur(amount),
        eur(totalRefunded),
        status,
        "ref-" + refundId.toString().substring(0, 8));
  }

  static PaymentRefundFailed refundFailed(UUID refundId, String amount) {
    return new PaymentRefundFailed(PAYMENT_ID, ORDER_ID, refundId, eur(amount), "card expired");
  }

  /** A distinct refund id per number, readable in failure messages. */
  static UUID refundId(int number) {
    return UUID.fromString(String.format("00000000-0000-4000-8000-%012d", number));
  }
}
