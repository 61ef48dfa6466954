package io.eventmart.relay.publishing;

import io.eventmart.relay.contract.OutgoingEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

/**
 * A broker stand-in: remembers what was published, in order, and acknowledges it, unless it was
 * told to refuse the next few events (it answers those with a failure when flushed, as a broker
 * answers later) or to be unreachable.
 */
final class RecordingPublisher implements IntegrationEventPublisher {

  private final List<OutgoingEvent> published = new ArrayList<>();
  private final List<CompletableFuture<Void>> unanswered = new ArrayList<>();
  private int refusals;
  private boolean unreachable;
  private int flushes;

  synchronized void refuseNext(int events) {
    refusals = events;
  }

  synchronized void setUnreachable(boolean unreachable) {
    this.unreachable = unreachable;
  }

  synchronized List<OutgoingEvent> published() {
    return List.copyOf(published);
  }

  synchronized List<String> publishedIds() {
    return published.stream().map(outgoing -> outgoing.event().id()).toList();
  }

  synchronized int flushes() {
    return flushes;
  }

  @Override
  public synchronized void ensureTopics() {
    if (unreachable) {
      throw new IllegalStateException("broker unreachable");
    }
  }

  @Override
  public synchronized Future<?> publish(OutgoingEvent event) {
    published.add(event);
    if (refusals > 0) {
      refusals--;
      var refusal = new CompletableFuture<Void>();
      unanswered.add(refusal);
      return refusal;
    }
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public synchronized void flush() {
    flushes++;
    unanswered.forEach(
        refusal -> refusal.completeExceptionally(new IllegalStateException("NOT_ENOUGH_REPLICAS")));
    unanswered.clear();
  }
}
