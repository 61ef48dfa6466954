package io.eventmart.contracts.payment;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * Payment and refund ids that follow from what caused them. An order has exactly one payment, so
 * the saga can ask for it again after a restart without creating a second one, and the gateway sees
 * the same idempotency key on every retry.
 */
public final class PaymentIds {

  private PaymentIds() {}

  /** The id of the payment for {@code orderId}. */
  public static UUID forOrder(UUID orderId) {
    return derive("payment", orderId);
  }

  /** The id of the refund that gives back whatever a cancelled order's payment still holds. */
  public static UUID cancellationRefund(UUID paymentId) {
    return derive("cancellation-refund", paymentId);
  }

  private static UUID derive(String kind, UUID parent) {
    Objects.requireNonNull(parent, "parent id");
    return UUID.nameUUIDFromBytes(
        ("eventmart:" + kind + ":" + parent).getBytes(StandardCharsets.UTF_8));
  }
}
