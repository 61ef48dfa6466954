package io.eventmart.audit.state;

import io.eventmart.audit.history.AggregateStreams;
import io.eventmart.contracts.audit.AuditQuery.FindAggregateStateAt;
import io.eventmart.contracts.audit.AuditQuery.FindAggregateStateAtVersion;
import io.eventmart.contracts.audit.AuditedAggregateType;
import io.eventmart.contracts.audit.StateAsOf;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.axonframework.queryhandling.QueryHandler;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * Answers an aggregate's state as of a moment or a version, rebuilt from the event store. Reading
 * the store blocks, so it runs on {@code blockingReads} and the caller only gets a future.
 */
public class StateQueries {

  private final AggregateStreams streams;
  private final Scheduler blockingReads;

  public StateQueries(AggregateStreams streams, Scheduler blockingReads) {
    this.streams = streams;
    this.blockingReads = blockingReads;
  }

  @QueryHandler
  CompletableFuture<Optional<StateAsOf>> handle(FindAggregateStateAt query) {
    return rebuild(query.aggregateType(), query.aggregateId(), new StatePoint.AtTime(query.at()));
  }

  @QueryHandler
  CompletableFuture<Optional<StateAsOf>> handle(FindAggregateStateAtVersion query) {
    return rebuild(
        query.aggregateType(), query.aggregateId(), new StatePoint.AtVersion(query.version()));
  }

  private CompletableFuture<Optional<StateAsOf>> rebuild(
      AuditedAggregateType view, UUID aggregateId, StatePoint point) {
    return Mono.fromCallable(
            () ->
                StateRebuilder.rebuild(
                    view,
                    aggregateId,
                    streams.eventsOf(view, aggregateId).stream()
                        .map(
                            event ->
                                new RecordedEvent(
                                    event.getSequenceNumber(),
                                    event.getTimestamp(),
                                    event.getPayload()))
                        .toList(),
                    point))
        .subscribeOn(blockingReads)
        .toFuture();
  }
}
