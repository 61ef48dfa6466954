package io.eventmart.contracts.integration;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * The envelope of every event EventMart publishes to Kafka for systems outside the platform
 * (documented in docs/integration-events.md). It is an integration contract of its own: its {@code
 * type}s are stable dotted names and its {@code data} is a documented JSON object per type, so the
 * Axon event classes inside the platform can change without breaking any consumer.
 *
 * @param id unique id of the event (the domain event's id); consumers deduplicate by it
 * @param type dotted type, e.g. {@code order.created} (see {@link IntegrationEventTypes})
 * @param timestamp when the domain event happened
 * @param version version of this type's {@code data} schema
 * @param aggregateId the aggregate the event belongs to; also the Kafka record key
 * @param aggregateType {@code order}, {@code cart}, {@code product}, {@code inventory} or {@code
 *     payment}
 * @param sequence the event's position in its aggregate's stream
 * @param data the type's payload
 * @param metadata where it came from
 */
public record IntegrationEvent(
    String id,
    String type,
    Instant timestamp,
    int version,
    String aggregateId,
    String aggregateType,
    long sequence,
    Map<String, Object> data,
    Metadata metadata) {

  public IntegrationEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(aggregateId, "aggregateId");
    data = data == null ? Map.of() : data;
  }

  /**
   * @param correlationId the request that started the chain
   * @param causationId the message whose handling produced the event
   * @param service the EventMart service that produced it
   * @param userId the user it acted for, if any
   */
  public record Metadata(String correlationId, String causationId, String service, String userId) {}
}
