package io.eventmart.audit.state;

import io.eventmart.audit.envelope.AuditedViews;
import io.eventmart.contracts.audit.AuditedAggregateType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * "Given events" for the folds: one aggregate's stream as the event store records it, with
 * consecutive sequence numbers and one minute between events, so times are predictable.
 */
final class AggregateStream {

  static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

  private final List<RecordedEvent> events = new ArrayList<>();

  static AggregateStream of(Object... payloads) {
    AggregateStream stream = new AggregateStream();
    for (Object payload : payloads) {
      stream.then(payload);
    }
    return stream;
  }

  AggregateStream then(Object payload) {
    int sequence = events.size();
    events.add(new RecordedEvent(sequence, timeOf(sequence), payload));
    return this;
  }

  /** When the event with {@code sequence} happened. */
  static Instant timeOf(long sequence) {
    return START.plus(Duration.ofMinutes(sequence));
  }

  /** The stream's events of one view (a product's stream holds two), with their sequences. */
  List<RecordedEvent> of(AuditedAggregateType view) {
    return events.stream()
        .filter(event -> AuditedViews.belongsTo(event.payload().getClass(), view))
        .toList();
  }
}
