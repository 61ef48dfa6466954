package io.eventmart.support.health;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

class EventStoreHealthIndicatorTest {

  private final EmbeddedEventStore eventStore =
      EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();

  @AfterEach
  void closeEventStore() {
    eventStore.shutDown();
  }

  private static Health healthOf(EventStore eventStore) {
    return new EventStoreHealthIndicator(() -> eventStore).health();
  }

  @Test
  void isUpWithTheHeadPositionOnceEventsAreStored() {
    eventStore.publish(
        GenericEventMessage.asEventMessage("first"), GenericEventMessage.asEventMessage("second"));

    Health health = healthOf(eventStore);

    assertThat(health.getStatus()).isEqualTo(Status.UP);
    assertThat(health.getDetails()).containsEntry("headPosition", 1L);
  }

  @Test
  void isUpWhenNoEventIsStoredYet() {
    Health health = healthOf(eventStore);

    assertThat(health.getStatus()).isEqualTo(Status.UP);
    assertThat(health.getDetails()).containsEntry("events", "none yet");
  }

  @Test
  void isDownWhenTheEventStoreCannotTellWhereItsHeadIs() {
    var unreachable =
        EmbeddedEventStore.builder()
            .storageEngine(
                new InMemoryEventStorageEngine() {
                  @Override
                  public TrackingToken createHeadToken() {
                    throw new EventStoreException("Failed to get head token");
                  }
                })
            .build();

    Health health = healthOf(unreachable);

    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    assertThat(health.getDetails())
        .containsEntry("error", EventStoreException.class.getName() + ": Failed to get head token");
    unreachable.shutDown();
  }
}
