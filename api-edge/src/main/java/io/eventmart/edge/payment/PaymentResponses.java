package io.eventmart.edge.payment;

import io.eventmart.contracts.payment.PaymentStatus;
import io.eventmart.contracts.payment.query.PaymentHistoryEntry;
import io.eventmart.contracts.payment.query.PaymentView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The JSON shapes of payments, as API.md defines them. */
public final class PaymentResponses {

  private PaymentResponses() {}

  /** A payment with its amounts, the gateway's reference and its history. */
  public record PaymentResponse(
      UUID paymentId,
      UUID orderId,
      BigDecimal amount,
      String currency,
      PaymentStatus status,
      String gatewayReference,
      String failureReason,
      BigDecimal refundedAmount,
      List<PaymentHistoryResponse> history) {

    public PaymentResponse {
      history = List.copyOf(history);
    }

    static PaymentResponse of(PaymentView view) {
      return new PaymentResponse(
          view.paymentId(),
          view.orderId(),
          view.amount(),
          view.currency(),
          view.status(),
          view.gatewayReference(),
          view.failureReason(),
          view.refundedAmount(),
          view.history().stream().map(PaymentHistoryResponse::of).toList());
    }
  }

  /** One step of a payment's history; {@code amount} is set for captures and refunds. */
  public record PaymentHistoryResponse(
      PaymentStatus status, Instant at, String reason, BigDecimal amount) {

    static PaymentHistoryResponse of(PaymentHistoryEntry entry) {
      return new PaymentHistoryResponse(entry.status(), entry.at(), entry.reason(), entry.amount());
    }
  }

  /** A refund was asked for (202); the payment shows it once the gateway paid it back. */
  public record RefundAccepted(UUID paymentId, UUID refundId) {}
}
