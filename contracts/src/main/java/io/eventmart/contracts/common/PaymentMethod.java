package io.eventmart.contracts.common;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * How a customer pays: a method {@code type} (only {@code card} today) and the gateway token that
 * stands for the card.
 *
 * <p>The token is a secret: it travels in commands and query responses only, never in an event or a
 * log line. {@link #toString()} therefore masks it, and events record just the {@link #type()}.
 */
public record PaymentMethod(
    @NotBlank @Pattern(regexp = "card", message = "must be 'card'") String type,
    @NotBlank @Size(max = 200) String token) {

  public static final String CARD = "card";

  public static PaymentMethod card(String token) {
    return new PaymentMethod(CARD, token);
  }

  @Override
  public String toString() {
    return "PaymentMethod[type=" + type + ", token=****]";
  }
}
