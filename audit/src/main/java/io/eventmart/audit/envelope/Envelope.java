package io.eventmart.audit.envelope;

import io.eventmart.contracts.audit.AggregateEvent;
import io.eventmart.contracts.audit.AuditMetadata;
import io.eventmart.contracts.audit.AuditedAggregateType;
import java.time.Instant;

/**
 * A stored event as the audit describes it: its identity, its aggregate, what it is, when it
 * happened, and its payload and metadata exactly as the event store serialized them.
 *
 * @param eventId the event's unique id
 * @param aggregateType the audited view it belongs to, {@code null} if none
 * @param aggregateId its aggregate, {@code null} for an event of no aggregate
 * @param sequence its position in the aggregate's stream, {@code null} for an event of no aggregate
 * @param type its short name, e.g. {@code OrderPlaced}
 * @param payloadType the full name of its serialized payload type
 * @param revision the revision of its payload schema, {@code null} if none
 * @param timestamp when it happened
 * @param payloadJson the serialized payload (JSON)
 * @param metaDataJson the serialized metadata (JSON)
 * @param metadata the correlation, causation and user ids of its metadata
 */
public record Envelope(
    String eventId,
    AuditedAggregateType aggregateType,
    String aggregateId,
    Long sequence,
    String type,
    String payloadType,
    String revision,
    Instant timestamp,
    String payloadJson,
    String metaDataJson,
    AuditMetadata metadata) {

  /** The event as a step of its aggregate's history. */
  public AggregateEvent asAggregateEvent() {
    if (sequence == null) {
      throw new IllegalStateException("event " + eventId + " belongs to no aggregate");
    }
    return new AggregateEvent(sequence, type, revision, timestamp, payloadJson, metadata);
  }
}
