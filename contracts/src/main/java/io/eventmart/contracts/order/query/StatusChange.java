package io.eventmart.contracts.order.query;

import io.eventmart.contracts.order.OrderStatus;
import java.time.Instant;

/**
 * One step of an order's history. {@code sequence} is the order aggregate's event sequence number
 * that made the change: it increases with every step, so it can serve as a stream position (the SSE
 * event id).
 */
public record StatusChange(OrderStatus status, Instant at, String reason, long sequence) {}
