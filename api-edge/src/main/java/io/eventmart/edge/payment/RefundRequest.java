package io.eventmart.edge.payment;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;

/**
 * {@code POST /api/payments/{id}/refund}: how much to give back, in the payment's currency; none
 * (or no body at all) means everything that is left.
 */
public record RefundRequest(@Positive @Digits(integer = 12, fraction = 2) BigDecimal amount) {}
