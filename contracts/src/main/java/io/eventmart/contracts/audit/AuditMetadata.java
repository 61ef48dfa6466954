package io.eventmart.contracts.audit;

/**
 * Where a recorded event came from (the {@link io.eventmart.contracts.metadata.EventMetadata} keys
 * of its message); each is {@code null} when the message did not carry it.
 *
 * @param correlationId the request that started the chain
 * @param causationId the message whose handling produced the event
 * @param userId the user the chain acted for
 */
public record AuditMetadata(String correlationId, String causationId, String userId) {}
