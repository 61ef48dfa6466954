package io.eventmart.audit.state;

import io.eventmart.contracts.audit.AggregateState;
import io.eventmart.contracts.audit.AuditedAggregateType;
import io.eventmart.contracts.audit.StateAsOf;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Rebuilds a view of an {@link AggregateStream} the way the state queries do. */
final class Rebuild {

  private final AuditedAggregateType view;
  private final UUID aggregateId;
  private final AggregateStream stream;

  private Rebuild(AuditedAggregateType view, UUID aggregateId, AggregateStream stream) {
    this.view = view;
    this.aggregateId = aggregateId;
    this.stream = stream;
  }

  static Rebuild of(AuditedAggregateType view, UUID aggregateId, AggregateStream stream) {
    return new Rebuild(view, aggregateId, stream);
  }

  Optional<StateAsOf> atVersion(long version) {
    return StateRebuilder.rebuild(
        view, aggregateId, stream.of(view), new StatePoint.AtVersion(version));
  }

  Optional<StateAsOf> at(Instant at) {
    return StateRebuilder.rebuild(view, aggregateId, stream.of(view), new StatePoint.AtTime(at));
  }

  /** The state after every event. */
  <S extends AggregateState> S latest(Class<S> shape) {
    return shape.cast(atVersion(Long.MAX_VALUE).orElseThrow().state());
  }

  <S extends AggregateState> S atVersion(long version, Class<S> shape) {
    return shape.cast(atVersion(version).orElseThrow().state());
  }

  <S extends AggregateState> S at(Instant at, Class<S> shape) {
    return shape.cast(at(at).orElseThrow().state());
  }
}
