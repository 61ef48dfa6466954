package io.eventmart.contracts.audit;

import java.time.Instant;

/**
 * One event of an aggregate's history, read from the event store itself.
 *
 * @param sequence the event's position in its aggregate's stream (shared by the {@code product} and
 *     {@code inventory} views of a product)
 * @param type the event's name, e.g. {@code OrderPlaced}
 * @param revision the revision of the event's payload schema
 * @param timestamp when it happened
 * @param payload the payload as stored: a JSON object in text form
 * @param metadata where it came from
 */
public record AggregateEvent(
    long sequence,
    String type,
    String revision,
    Instant timestamp,
    String payload,
    AuditMetadata metadata) {}
