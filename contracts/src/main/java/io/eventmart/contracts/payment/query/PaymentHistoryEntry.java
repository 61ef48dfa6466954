package io.eventmart.contracts.payment.query;

import io.eventmart.contracts.payment.PaymentStatus;
import java.math.BigDecimal;
import java.time.Instant;

/** One step of a payment's history; {@code amount} is set for captures and refunds. */
public record PaymentHistoryEntry(
    PaymentStatus status, Instant at, String reason, BigDecimal amount, long sequence) {}
