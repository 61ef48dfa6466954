package io.eventmart.relay.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventmart.contracts.integration.IntegrationEvent;
import io.eventmart.contracts.integration.IntegrationTopic;
import io.eventmart.relay.contract.OutgoingEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class PendingAcksTest {

  private final RecordingPublisher broker = new RecordingPublisher();
  private final PendingAcks acks = new PendingAcks(broker, Duration.ofMillis(100));

  @Test
  void flushesAndReturnsOnceEveryEventIsAcknowledged() {
    acks.add(event("e-1"), CompletableFuture.completedFuture(null));
    acks.add(event("e-2"), CompletableFuture.completedFuture(null));

    acks.awaitAll();

    assertThat(broker.flushes()).isEqualTo(1);
  }

  @Test
  void failsTheBatchNamingTheEventTheBrokerRefused() {
    acks.add(event("e-1"), CompletableFuture.completedFuture(null));
    var refused = new CompletableFuture<Void>();
    acks.add(event("e-2"), refused);
    refused.completeExceptionally(new IllegalStateException("NOT_ENOUGH_REPLICAS"));

    assertThatThrownBy(acks::awaitAll)
        .isInstanceOf(RelayFailedException.class)
        .hasMessageContaining("e-2")
        .hasMessageContaining("order.created")
        .hasRootCauseMessage("NOT_ENOUGH_REPLICAS");
  }

  @Test
  void failsTheBatchWhenAnAcknowledgementTakesLongerThanTheTimeout() {
    acks.add(event("e-1"), new CompletableFuture<Void>());

    assertThatThrownBy(acks::awaitAll)
        .isInstanceOf(RelayFailedException.class)
        .hasMessageContaining("not acknowledged in time");
  }

  @Test
  void failsAtOnceWhenASendHasFailedAlready() {
    assertThatThrownBy(
            () ->
                acks.add(
                    event("e-1"),
                    CompletableFuture.failedFuture(new IllegalStateException("no metadata"))))
        .isInstanceOf(RelayFailedException.class)
        .hasMessageContaining("e-1");
  }

  @Test
  void waitsForEachAcknowledgementOnlyOnce() {
    acks.add(event("e-1"), CompletableFuture.completedFuture(null));
    acks.awaitAll();

    acks.awaitAll();

    assertThat(broker.flushes()).isEqualTo(1);
  }

  private static OutgoingEvent event(String id) {
    return new OutgoingEvent(
        IntegrationTopic.ORDER_EVENTS,
        new IntegrationEvent(
            id,
            "order.created",
            Instant.parse("2026-11-02T10:00:00Z"),
            1,
            "order-1",
            "order",
            0,
            Map.of(),
            new IntegrationEvent.Metadata(null, null, "order-service", null)));
  }
}
