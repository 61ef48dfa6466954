package io.eventmart.contracts.payment;

/**
 * Where a payment is. {@code PENDING → AUTHORIZED → CAPTURED → (PARTIALLY_)REFUNDED}; {@code
 * DECLINED} or {@code FAILED} from PENDING; {@code VOIDED} from PENDING or AUTHORIZED.
 */
public enum PaymentStatus {
  PENDING,
  AUTHORIZED,
  CAPTURED,
  DECLINED,
  FAILED,
  REFUNDED,
  PARTIALLY_REFUNDED,
  VOIDED
}
