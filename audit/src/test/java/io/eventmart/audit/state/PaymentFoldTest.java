package io.eventmart.audit.state;

import static io.eventmart.audit.state.SampleEvents.CUSTOMER;
import static io.eventmart.audit.state.SampleEvents.ORDER;
import static io.eventmart.audit.state.SampleEvents.PAYMENT;
import static io.eventmart.audit.state.SampleEvents.REFUND;
import static io.eventmart.audit.state.SampleEvents.paymentAuthorized;
import static io.eventmart.audit.state.SampleEvents.paymentCaptured;
import static io.eventmart.audit.state.SampleEvents.paymentDeclined;
import static io.eventmart.audit.state.SampleEvents.paymentFailed;
import static io.eventmart.audit.state.SampleEvents.paymentRequested;
import static io.eventmart.audit.state.SampleEvents.paymentVoided;
import static io.eventmart.audit.state.SampleEvents.refundFailed;
import static io.eventmart.audit.state.SampleEvents.refundRequested;
import static io.eventmart.audit.state.SampleEvents.refunded;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventmart.contracts.audit.AuditedAggregateType;
import io.eventmart.contracts.audit.PaymentState;
import io.eventmart.contracts.audit.PaymentState.RefundState;
import io.eventmart.contracts.audit.PaymentState.RefundStatus;
import io.eventmart.contracts.payment.PaymentStatus;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaymentFoldTest {

  private final Rebuild refundedInPart =
      Rebuild.of(
          AuditedAggregateType.PAYMENT,
          PAYMENT,
          AggregateStream.of(
              paymentRequested(), // 0
              paymentAuthorized(), // 1
              paymentCaptured(), // 2
              refundRequested("10.00"), // 3
              refunded("10.00", "10.00", PaymentStatus.PARTIALLY_REFUNDED))); // 4

  @Test
  void startsPendingWithNothingCapturedOrRefunded() {
    assertThat(refundedInPart.atVersion(0, PaymentState.class))
        .isEqualTo(
            new PaymentState(
                PAYMENT,
                ORDER,
                CUSTOMER,
                new BigDecimal("60.00"),
                "EUR",
                "card",
                PaymentStatus.PENDING,
                null,
                null,
                null,
                new BigDecimal("0.00"),
                List.of()));
  }

  @Test
  void showsTheGatewaysAnswersAtTheirVersions() {
    PaymentState authorized = refundedInPart.atVersion(1, PaymentState.class);
    assertThat(authorized.status()).isEqualTo(PaymentStatus.AUTHORIZED);
    assertThat(authorized.gatewayReference()).isEqualTo("auth-1");

    PaymentState captured = refundedInPart.atVersion(2, PaymentState.class);
    assertThat(captured.status()).isEqualTo(PaymentStatus.CAPTURED);
    assertThat(captured.capturedAmount()).isEqualByComparingTo("60.00");
    assertThat(captured.gatewayReference()).isEqualTo("capture-1");
  }

  @Test
  void followsARefundFromItsRequestToItsPayment() {
    PaymentState requested = refundedInPart.atVersion(3, PaymentState.class);
    assertThat(requested.status()).isEqualTo(PaymentStatus.CAPTURED);
    assertThat(requested.refundedAmount()).isEqualByComparingTo("0.00");
    assertThat(requested.refunds())
        .containsExactly(
            new RefundState(
                REFUND,
                new BigDecimal("10.00"),
                "mug arrived broken",
                RefundStatus.REQUESTED,
                null,
                null));

    PaymentState paid = refundedInPart.latest(PaymentState.class);
    assertThat(paid.status()).isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);
    assertThat(paid.refundedAmount()).isEqualByComparingTo("10.00");
    assertThat(paid.refunds())
        .containsExactly(
            new RefundState(
                REFUND,
                new BigDecimal("10.00"),
                "mug arrived broken",
                RefundStatus.COMPLETED,
                "refund-1",
                null));
  }

  @Test
  void recordsARefundTheGatewayCouldNotPay() {
    PaymentState failedRefund =
        Rebuild.of(
                AuditedAggregateType.PAYMENT,
                PAYMENT,
                AggregateStream.of(
                    paymentRequested(),
                    paymentAuthorized(),
                    paymentCaptured(),
                    refundRequested("60.00"),
                    refundFailed("60.00")))
            .latest(PaymentState.class);

    assertThat(failedRefund.status()).isEqualTo(PaymentStatus.CAPTURED);
    assertThat(failedRefund.refunds())
        .singleElement()
        .satisfies(
            refund -> {
              assertThat(refund.status()).isEqualTo(RefundStatus.FAILED);
              assertThat(refund.failureReason()).isEqualTo("card expired");
            });
  }

  @Test
  void saysWhyAPaymentWasDeclinedFailedOrVoided() {
    assertThat(outcome(paymentDeclined()))
        .extracting(PaymentState::status, PaymentState::failureReason)
        .containsExactly(PaymentStatus.DECLINED, "insufficient funds");
    assertThat(outcome(paymentFailed()))
        .extracting(PaymentState::status, PaymentState::failureReason)
        .containsExactly(PaymentStatus.FAILED, "gateway unavailable");
    assertThat(outcome(paymentVoided()))
        .extracting(PaymentState::status, PaymentState::failureReason)
        .containsExactly(PaymentStatus.VOIDED, "payment timed out");
  }

  @Test
  void showsThePaymentAsItWasAtAMoment() {
    PaymentState beforeTheCapture =
        refundedInPart.at(AggregateStream.timeOf(2).minusMillis(1), PaymentState.class);

    assertThat(beforeTheCapture.status()).isEqualTo(PaymentStatus.AUTHORIZED);
    assertThat(beforeTheCapture.capturedAmount()).isNull();
  }

  private static PaymentState outcome(Object outcome) {
    return Rebuild.of(
            AuditedAggregateType.PAYMENT, PAYMENT, AggregateStream.of(paymentRequested(), outcome))
        .latest(PaymentState.class);
  }
}
