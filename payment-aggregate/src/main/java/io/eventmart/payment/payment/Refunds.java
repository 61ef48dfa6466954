package io.eventmart.payment.payment;

import io.eventmart.contracts.common.Money;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The refunds of one payment by refund id: those the gateway is still paying out, those it paid and
 * those it could not pay. Immutable, so the payment changes it only by replacing it in an
 * event-sourcing handler.
 */
record Refunds(Map<UUID, Refund> byId) {

  /** One refund and how far it got. */
  record Refund(Money amount, State state) {}

  enum State {
    PENDING,
    COMPLETED,
    FAILED
  }

  Refunds {
    byId = Map.copyOf(byId);
  }

  static Refunds none() {
    return new Refunds(Map.of());
  }

  boolean contains(UUID refundId) {
    return byId.containsKey(refundId);
  }

  /** The amount of {@code refundId} if the gateway has not answered it yet. */
  Optional<Money> pending(UUID refundId) {
    return Optional.ofNullable(byId.get(refundId))
        .filter(refund -> refund.state() == State.PENDING)
        .map(Refund::amount);
  }

  /** What the gateway has paid back so far. */
  Money completed(String currency) {
    return total(State.COMPLETED, currency);
  }

  /**
   * What is left of {@code captured} once completed refunds and refunds under way are taken off. A
   * failed refund gives its amount back to this.
   */
  Money refundable(Money captured) {
    return captured
        .minus(total(State.COMPLETED, captured.currency()))
        .minus(total(State.PENDING, captured.currency()));
  }

  Refunds withRequested(UUID refundId, Money amount) {
    return with(refundId, new Refund(amount, State.PENDING));
  }

  Refunds withCompleted(UUID refundId) {
    return with(refundId, new Refund(byId.get(refundId).amount(), State.COMPLETED));
  }

  Refunds withFailed(UUID refundId) {
    return with(refundId, new Refund(byId.get(refundId).amount(), State.FAILED));
  }

  private Refunds with(UUID refundId, Refund refund) {
    Map<UUID, Refund> changed = new HashMap<>(byId);
    changed.put(refundId, refund);
    return new Refunds(changed);
  }

  private Money total(State state, String currency) {
    return byId.values().stream()
        .filter(refund -> refund.state() == state)
        .map(Refund::amount)
        .reduce(Money.zero(currency), Money::plus);
  }
}
