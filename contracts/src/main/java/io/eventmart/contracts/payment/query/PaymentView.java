package io.eventmart.contracts.payment.query;

import io.eventmart.contracts.payment.PaymentStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A payment with its amounts, gateway reference and history. */
public record PaymentView(
    UUID paymentId,
    UUID orderId,
    UUID customerId,
    BigDecimal amount,
    String currency,
    PaymentStatus status,
    String gatewayReference,
    String failureReason,
    BigDecimal refundedAmount,
    List<PaymentHistoryEntry> history,
    Instant createdAt,
    Instant updatedAt) {

  public PaymentView {
    history = List.copyOf(history);
  }
}
