package io.eventmart.relay.testdata;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;

/**
 * "Given events": appends domain events to the real event store exactly as an aggregate would, with
 * its type, its id and the next sequence numbers, and the request's metadata.
 */
public final class EventStoreWriter {

  private final EventStore eventStore;

  public EventStoreWriter(EventStore eventStore) {
    this.eventStore = eventStore;
  }

  /** Appends the payloads in order; answers the ids of the stored events. */
  public List<String> append(String aggregateType, UUID aggregateId, Object... payloads) {
    return append(aggregateType, aggregateId, metaData("request-" + aggregateId), payloads);
  }

  public List<String> append(
      String aggregateType, UUID aggregateId, Map<String, ?> metaData, Object... payloads) {
    String id = aggregateId.toString();
    long next = eventStore.lastSequenceNumberFor(id).map(last -> last + 1).orElse(0L);
    List<String> ids = new ArrayList<>();
    for (Object payload : payloads) {
      var event = new GenericDomainEventMessage<>(aggregateType, id, next++, payload, metaData);
      eventStore.publish(event);
      ids.add(event.getIdentifier());
    }
    return ids;
  }

  public static MetaData metaData(String correlationId) {
    return MetaData.with("correlationId", correlationId)
        .and("causationId", "command-of-" + correlationId)
        .and("userId", "user-1");
  }
}
