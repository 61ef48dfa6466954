package io.eventmart.contracts.audit;

import java.time.Instant;

/**
 * One event as the audit log keeps it: its whole envelope, with its position in the global event
 * stream. Correlation stories and exports are made of these.
 *
 * @param position the event's global position (the order of all events of the platform)
 * @param eventId the event's unique id
 * @param aggregateType the audited view the event belongs to, {@code null} for an event that is not
 *     part of any
 * @param aggregateId the aggregate it belongs to, {@code null} for an event of no aggregate
 * @param sequence its position in its aggregate's stream, {@code null} for an event of no aggregate
 * @param type the event's name, e.g. {@code StockReserved}
 * @param revision the revision of the event's payload schema
 * @param timestamp when it happened
 * @param payload the payload: a JSON object in text form
 * @param metadata where it came from
 */
public record LoggedEvent(
    long position,
    String eventId,
    AuditedAggregateType aggregateType,
    String aggregateId,
    Long sequence,
    String type,
    String revision,
    Instant timestamp,
    String payload,
    AuditMetadata metadata) {}
