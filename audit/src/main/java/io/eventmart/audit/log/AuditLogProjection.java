package io.eventmart.audit.log;

import io.eventmart.audit.envelope.EventEnvelopes;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;

/**
 * Copies every event's envelope into the audit log, in the order of the global event stream.
 *
 * <p>Its processor is a single-threaded tracking processor whose token is stored in the same JDBC
 * transaction as the log's rows, so a batch is copied exactly once; the log still ignores an event
 * it holds already (by event id), so a redelivery can never duplicate it. A rebuild empties the log
 * and copies the whole event store again.
 */
@ProcessingGroup(AuditLogNames.PROCESSING_GROUP)
public class AuditLogProjection {

  private final AuditLog log;
  private final EventEnvelopes envelopes;

  public AuditLogProjection(AuditLog log, EventEnvelopes envelopes) {
    this.log = log;
    this.envelopes = envelopes;
  }

  @EventHandler
  void on(EventMessage<?> event, TrackingToken token) {
    log.append(new LogEntry(positionOf(token, event), envelopes.of(event)));
  }

  @ResetHandler
  void reset() {
    log.clear();
  }

  private static long positionOf(TrackingToken token, EventMessage<?> event) {
    return token
        .position()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "event " + event.getIdentifier() + " came without a global position"));
  }
}
