package io.eventmart.contracts.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * An aggregate's state rebuilt from its events up to a point in its history.
 *
 * @param aggregateType the view that was rebuilt
 * @param aggregateId the aggregate
 * @param version the sequence number of the last event the state reflects
 * @param at when that event happened
 * @param state the state itself, of the shape of {@code aggregateType}
 */
public record StateAsOf(
    AuditedAggregateType aggregateType,
    UUID aggregateId,
    long version,
    Instant at,
    AggregateState state) {}
