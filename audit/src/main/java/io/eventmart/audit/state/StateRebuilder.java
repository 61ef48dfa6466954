package io.eventmart.audit.state;

import io.eventmart.contracts.audit.AuditedAggregateType;
import io.eventmart.contracts.audit.StateAsOf;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Rebuilds an aggregate view's state from its events up to a {@link StatePoint}. */
public final class StateRebuilder {

  private StateRebuilder() {}

  /**
   * The state of {@code view} of {@code aggregateId} after its events up to {@code point}.
   *
   * @param events the view's events, oldest first
   * @return the state with the version and time of the last event applied; empty when the view had
   *     no event yet at that point
   */
  public static Optional<StateAsOf> rebuild(
      AuditedAggregateType view, UUID aggregateId, List<RecordedEvent> events, StatePoint point) {
    StateFold fold = foldOf(view);
    RecordedEvent last = null;
    for (RecordedEvent event : events) {
      if (!point.includes(event)) {
        break;
      }
      fold.apply(event);
      last = event;
    }
    if (last == null) {
      return Optional.empty();
    }
    return Optional.of(
        new StateAsOf(view, aggregateId, last.sequence(), last.timestamp(), fold.state()));
  }

  private static StateFold foldOf(AuditedAggregateType view) {
    return switch (view) {
      case ORDER -> new OrderFold();
      case CART -> new CartFold();
      case PRODUCT -> new ProductFold();
      case INVENTORY -> new InventoryFold();
      case PAYMENT -> new PaymentFold();
    };
  }
}
