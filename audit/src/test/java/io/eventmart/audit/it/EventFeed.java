package io.eventmart.audit.it;

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
 * "Given events": appends real domain events to the JDBC event store exactly as the aggregates
 * would — the aggregate's type and id, consecutive sequence numbers per aggregate — with the
 * metadata of the request they belong to. Every event happens one second after the previous one.
 */
final class EventFeed {

  static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
  static final String USER = "auditor-test-user";

  private final EventStore eventStore;
  private final Map<UUID, Long> nextSequence = new HashMap<>();
  private Instant clock = START;

  EventFeed(EventStore eventStore) {
    this.eventStore = eventStore;
  }

  /** One request's events: appended in the order given, all with its correlation id. */
  Request request(String correlationId) {
    return new Request(correlationId);
  }

  /** The time of the last event appended. */
  synchronized Instant now() {
    return clock;
  }

  final class Request {

    private final String correlationId;
    private final List<DomainEventMessage<?>> appended = new ArrayList<>();

    private Request(String correlationId) {
      this.correlationId = correlationId;
    }

    Request order(UUID orderId, Object... events) {
      return append("Order", orderId, events);
    }

    /** A product's catalog and stock events: one aggregate, one stream. */
    Request product(UUID productId, Object... events) {
      return append("Product", productId, events);
    }

    Request payment(UUID paymentId, Object... events) {
      return append("Payment", paymentId, events);
    }

    Request cart(UUID cartId, Object... events) {
      return append("Cart", cartId, events);
    }

    /** Everything appended for this request, in order. */
    List<DomainEventMessage<?>> appended() {
      return List.copyOf(appended);
    }

    private Request append(String type, UUID aggregateId, Object... payloads) {
      synchronized (EventFeed.this) {
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        for (Object payload : payloads) {
          long sequence = nextSequence.merge(aggregateId, 1L, Long::sum) - 1;
          clock = clock.plusSeconds(1);
          messages.add(
              new GenericDomainEventMessage<>(
                  type,
                  aggregateId.toString(),
                  sequence,
                  payload,
                  MetaData.with(EventMetadata.CORRELATION_ID, correlationId)
                      .and(EventMetadata.CAUSATION_ID, "cause-of-" + type + "-" + sequence)
                      .and(EventMetadata.USER_ID, USER),
                  UUID.randomUUID().toString(),
                  clock));
        }
        eventStore.publish(messages);
        appended.addAll(messages);
      }
      return this;
    }
  }
}
