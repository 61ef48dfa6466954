package io.eventmart.audit.log;

import io.eventmart.contracts.audit.AuditQuery.StreamAuditLog;
import io.eventmart.contracts.audit.LoggedEvent;
import java.util.List;
import java.util.OptionalLong;

/**
 * The audit log: every event's envelope, kept in the order of the global event stream. Every method
 * blocks until the store answered.
 */
public interface AuditLog {

  /** Keeps an event; an event already kept (the same event id) changes nothing. */
  void append(LogEntry entry);

  /** Forgets every event, for a rebuild from the event store. */
  void clear();

  /** The highest position kept, empty while the log is empty. */
  OptionalLong head();

  /** Every event of the correlation, in global order. */
  List<LoggedEvent> correlatedWith(String correlationId);

  /**
   * The next events matching {@code filter}, in global order: at most {@code limit} of those whose
   * position is greater than {@code after} and at most {@code upTo}.
   */
  List<LoggedEvent> page(StreamAuditLog filter, long after, long upTo, int limit);
}
