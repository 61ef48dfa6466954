package io.eventmart.payment.gateway;

import java.util.Objects;
import java.util.function.Function;

/**
 * The definite answer of a payment gateway to one call. A technical failure is not an outcome: it
 * is an exception ({@link GatewayUnavailableException}, {@link GatewayTimeoutException}), because
 * after it nobody knows yet what the gateway will say.
 */
public sealed interface GatewayOutcome {

  /** What {@code approved} or {@code declined} makes of this outcome, whichever it is. */
  <R> R fold(Function<Approved, R> approved, Function<Declined, R> declined);

  /** The gateway did what was asked; {@code gatewayReference} is its id for the operation. */
  record Approved(String gatewayReference) implements GatewayOutcome {

    public Approved {
      Objects.requireNonNull(gatewayReference, "gatewayReference");
    }

    @Override
    public <R> R fold(Function<Approved, R> approved, Function<Declined, R> declined) {
      return approved.apply(this);
    }
  }

  /** The gateway refused, for a business reason such as insufficient funds. */
  record Declined(String reason) implements GatewayOutcome {

    public Declined {
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public <R> R fold(Function<Approved, R> approved, Function<Declined, R> declined) {
      return declined.apply(this);
    }
  }
}
