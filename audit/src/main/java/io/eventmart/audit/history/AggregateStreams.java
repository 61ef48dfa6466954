package io.eventmart.audit.history;

import io.eventmart.audit.envelope.AuditedViews;
import io.eventmart.contracts.audit.AuditedAggregateType;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Reads an aggregate's recorded events from the event store — the authoritative record, on the JDBC
 * store as behind Axon Server. Always from the first event, never from a snapshot: a snapshot is a
 * shortcut for the aggregate, not part of what happened. Blocking: call it off any event loop.
 */
public final class AggregateStreams {

  private final EventStore eventStore;

  public AggregateStreams(EventStore eventStore) {
    this.eventStore = eventStore;
  }

  /** The aggregate's events of one view, oldest first; empty for an unknown aggregate. */
  public List<DomainEventMessage<?>> eventsOf(AuditedAggregateType view, UUID aggregateId) {
    List<DomainEventMessage<?>> events = new ArrayList<>();
    eventStore
        .readEvents(aggregateId.toString(), 0)
        .forEachRemaining(
            event -> {
              if (AuditedViews.belongsTo(event.getPayloadType(), view)) {
                events.add(event);
              }
            });
    return events;
  }
}
