package io.eventmart.support.health;

import java.util.function.Supplier;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Whether the event store answers: it can tell where the head of the event stream is. That is one
 * indexed query against PostgreSQL in the standalone platform, and one request to Axon Server
 * behind it (whose own Axon indicator is built for Spring Boot 3 and does not run on Boot 4). The
 * head position is shown as a detail.
 */
public final class EventStoreHealthIndicator extends AbstractHealthIndicator {

  private final Supplier<EventStore> eventStore;

  /**
   * @param eventStore the event store, looked up when first checked: it is part of Axon's
   *     configuration, which is complete only once the application has started
   */
  public EventStoreHealthIndicator(Supplier<EventStore> eventStore) {
    super("The event store did not answer");
    this.eventStore = eventStore;
  }

  @Override
  protected void doHealthCheck(Health.Builder health) {
    TrackingToken head = eventStore.get().createHeadToken();
    health.up();
    if (head == null) {
      health.withDetail("events", "none yet");
    } else {
      head.position().ifPresent(position -> health.withDetail("headPosition", position));
    }
  }
}
