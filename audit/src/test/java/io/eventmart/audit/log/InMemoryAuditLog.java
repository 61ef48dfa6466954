package io.eventmart.audit.log;

import io.eventmart.contracts.audit.AuditMetadata;
import io.eventmart.contracts.audit.AuditQuery.StreamAuditLog;
import io.eventmart.contracts.audit.AuditedAggregateType;
import io.eventmart.contracts.audit.LoggedEvent;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An audit log in memory for the query tests: it holds logged events as given, ignores filters (the
 * JDBC log's SQL is tested on PostgreSQL) and counts the pages read.
 */
final class InMemoryAuditLog implements AuditLog {

  private final List<LoggedEvent> events = new CopyOnWriteArrayList<>();
  final AtomicInteger pagesRead = new AtomicInteger();

  /** Logs an event at {@code position}, of correlation {@code correlationId}. */
  void log(long position, String correlationId) {
    events.add(
        new LoggedEvent(
            position,
            "event-" + position,
            AuditedAggregateType.ORDER,
            "order-1",
            position,
            "OrderPlaced",
            "1",
            Instant.parse("2026-03-02T09:00:00Z").plusSeconds(position),
            "{}",
            new AuditMetadata(correlationId, null, null)));
  }

  @Override
  public void append(LogEntry entry) {
    throw new UnsupportedOperationException("the query tests log directly");
  }

  @Override
  public void clear() {
    events.clear();
  }

  @Override
  public OptionalLong head() {
    return events.stream().mapToLong(LoggedEvent::position).max();
  }

  @Override
  public List<LoggedEvent> correlatedWith(String correlationId) {
    return events.stream()
        .filter(event -> correlationId.equals(event.metadata().correlationId()))
        .toList();
  }

  @Override
  public List<LoggedEvent> page(StreamAuditLog filter, long after, long upTo, int limit) {
    pagesRead.incrementAndGet();
    return events.stream()
        .filter(event -> event.position() > after && event.position() <= upTo)
        .limit(limit)
        .toList();
  }
}
