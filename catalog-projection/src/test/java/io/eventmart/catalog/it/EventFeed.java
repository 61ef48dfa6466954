package io.eventmart.catalog.it;

import io.eventmart.contracts.metadata.EventMetadata;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;

/**
 * "Given events" for the read model: appends real domain events to the JDBC event store exactly as
 * the aggregates would, with the aggregate's type and id and consecutive sequence numbers per
 * aggregate. Every event happens one second after the previous one, so times are predictable.
 */
final class EventFeed {

  private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

  private final EventStore eventStore;
  private final Map<UUID, Long> nextSequence = new HashMap<>();
  private final MetaData metaData =
      MetaData.with(EventMetadata.CORRELATION_ID, "catalog-test-" + UUID.randomUUID());
  private Instant clock = START;

  EventFeed(EventStore eventStore) {
    this.eventStore = eventStore;
  }

  /** Appends a product's (catalog and stock) events; answers when the last one happened. */
  Instant product(UUID productId, Object... events) {
    return append("Product", productId, List.of(events));
  }

  Instant product(UUID productId, List<?> events) {
    return append("Product", productId, events);
  }

  Instant order(UUID orderId, Object... events) {
    return append("Order", orderId, List.of(events));
  }

  Instant payment(UUID paymentId, Object... events) {
    return append("Payment", paymentId, List.of(events));
  }

  Instant cart(UUID cartId, Object... events) {
    return append("Cart", cartId, List.of(events));
  }

  private synchronized Instant append(String type, UUID aggregateId, List<?> payloads) {
    List<DomainEventMessage<?>> messages = new ArrayList<>();
    for (Object payload : payloads) {
      messages.add(message(type, aggregateId, payload));
    }
    eventStore.publish(messages);
    return clock;
  }

  private DomainEventMessage<?> message(String type, UUID aggregateId, Object payload) {
    long sequence = nextSequence.merge(aggregateId, 1L, Long::sum) - 1;
    clock = clock.plusSeconds(1);
    return new GenericDomainEventMessage<>(
        type,
        aggregateId.toString(),
        sequence,
        payload,
        metaData,
        UUID.randomUUID().toString(),
        clock);
  }
}
