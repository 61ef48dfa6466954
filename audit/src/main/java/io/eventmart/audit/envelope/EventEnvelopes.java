package io.eventmart.audit.envelope;

import static io.eventmart.contracts.metadata.EventMetadata.CAUSATION_ID;
import static io.eventmart.contracts.metadata.EventMetadata.CORRELATION_ID;
import static io.eventmart.contracts.metadata.EventMetadata.USER_ID;

import io.eventmart.contracts.audit.AuditMetadata;
import java.nio.charset.StandardCharsets;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

/**
 * Describes events as {@link Envelope}s. Payload and metadata come out of the event serializer: for
 * an event read from the store that is the stored form itself (Axon hands it back without
 * serializing again), so the audit shows exactly what was recorded.
 */
public final class EventEnvelopes {

  private final Serializer eventSerializer;

  /**
   * @param eventSerializer the serializer the event store uses
   */
  public EventEnvelopes(Serializer eventSerializer) {
    this.eventSerializer = eventSerializer;
  }

  public Envelope of(EventMessage<?> event) {
    SerializedObject<byte[]> payload = event.serializePayload(eventSerializer, byte[].class);
    SerializedObject<byte[]> metaData = event.serializeMetaData(eventSerializer, byte[].class);
    String aggregateId = null;
    Long sequence = null;
    if (event instanceof DomainEventMessage<?> domainEvent) {
      aggregateId = domainEvent.getAggregateIdentifier();
      sequence = domainEvent.getSequenceNumber();
    }
    String payloadType = payload.getType().getName();
    return new Envelope(
        event.getIdentifier(),
        AuditedViews.of(event.getPayloadType()).orElse(null),
        aggregateId,
        sequence,
        eventName(payloadType),
        payloadType,
        payload.getType().getRevision(),
        event.getTimestamp(),
        new String(payload.getData(), StandardCharsets.UTF_8),
        new String(metaData.getData(), StandardCharsets.UTF_8),
        metadataOf(event.getMetaData()));
  }

  /**
   * The short name of an event type: {@code io.eventmart.contracts.order.OrderEvent$OrderPlaced} is
   * {@code OrderPlaced}.
   */
  static String eventName(String payloadType) {
    int start = Math.max(payloadType.lastIndexOf('.'), payloadType.lastIndexOf('$')) + 1;
    return payloadType.substring(start);
  }

  private static AuditMetadata metadataOf(MetaData metaData) {
    return new AuditMetadata(
        text(metaData.get(CORRELATION_ID)),
        text(metaData.get(CAUSATION_ID)),
        text(metaData.get(USER_ID)));
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
