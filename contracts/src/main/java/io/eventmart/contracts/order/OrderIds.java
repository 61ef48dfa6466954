package io.eventmart.contracts.order;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * Order ids that follow from the request instead of being drawn at random, which is what makes
 * placement idempotent: the same customer sending the same {@code Idempotency-Key} always addresses
 * the same order, so a retry can never create a second one.
 */
public final class OrderIds {

  private OrderIds() {}

  /** The id of the order that {@code customerId} places with {@code idempotencyKey}. */
  public static UUID forIdempotencyKey(UUID customerId, String idempotencyKey) {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    return UUID.nameUUIDFromBytes(
        ("eventmart:order:" + customerId + ":" + idempotencyKey).getBytes(StandardCharsets.UTF_8));
  }
}
