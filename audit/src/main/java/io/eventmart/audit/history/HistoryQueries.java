package io.eventmart.audit.history;

import io.eventmart.audit.envelope.Envelope;
import io.eventmart.audit.envelope.EventEnvelopes;
import io.eventmart.contracts.audit.AggregateEvent;
import io.eventmart.contracts.audit.AuditQuery.FindAggregateHistory;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.axonframework.queryhandling.QueryHandler;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * Answers an aggregate's history from the event store. Reading the store blocks, so it runs on
 * {@code blockingReads} and the caller (on the platform: a Netty event loop of the edge) only gets
 * a future.
 */
public class HistoryQueries {

  private final AggregateStreams streams;
  private final EventEnvelopes envelopes;
  private final Scheduler blockingReads;

  public HistoryQueries(
      AggregateStreams streams, EventEnvelopes envelopes, Scheduler blockingReads) {
    this.streams = streams;
    this.envelopes = envelopes;
    this.blockingReads = blockingReads;
  }

  @QueryHandler
  CompletableFuture<List<AggregateEvent>> handle(FindAggregateHistory query) {
    return Mono.fromCallable(
            () ->
                streams.eventsOf(query.aggregateType(), query.aggregateId()).stream()
                    .map(envelopes::of)
                    .map(Envelope::asAggregateEvent)
                    .toList())
        .subscribeOn(blockingReads)
        .toFuture();
  }
}
