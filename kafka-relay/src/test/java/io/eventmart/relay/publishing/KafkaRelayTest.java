package io.eventmart.relay.publishing;

import static io.eventmart.relay.testdata.DomainEvents.ORDER;
import static io.eventmart.relay.testdata.DomainEvents.PRODUCT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import io.eventmart.contracts.integration.IntegrationTopic;
import io.eventmart.contracts.order.OrderEvent;
import io.eventmart.relay.contract.IntegrationEventMapper;
import io.eventmart.relay.contract.OutgoingEvent;
import io.eventmart.relay.testdata.DomainEvents;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The relay inside a real tracking processor, with an in-memory event store and token store and a
 * stand-in broker: what gets published, and when the token may move on.
 */
class KafkaRelayTest {

  private static final Duration WAIT = Duration.ofSeconds(15);

  private final EmbeddedEventStore eventStore =
      EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
  private final InMemoryTokenStore tokens = new InMemoryTokenStore();
  private final RecordingPublisher broker = new RecordingPublisher();
  private final TrackingEventProcessor processor =
      TrackingEventProcessor.builder()
          .name(KafkaRelay.PROCESSING_GROUP)
          .eventHandlerInvoker(
              SimpleEventHandlerInvoker.builder()
                  .eventHandlers(
                      new KafkaRelay(new IntegrationEventMapper(), broker, Duration.ofSeconds(1)))
                  .listenerInvocationErrorHandler(PropagatingErrorHandler.instance())
                  .build())
          .messageSource(eventStore)
          .tokenStore(tokens)
          .transactionManager(NoTransactionManager.INSTANCE)
          .trackingEventProcessorConfiguration(KafkaRelay.processorConfiguration(10))
          .build();

  @AfterEach
  void stop() {
    processor.shutDown();
    eventStore.shutDown();
  }

  @Test
  void publishesEveryDomainEventInOrderAndMovesItsTokenPastThem() {
    store("Order", ORDER, DomainEvents.orderPlaced(), new OrderEvent.OrderConfirmed(ORDER, ORDER));
    store("Product", PRODUCT, DomainEvents.productEvents().get(0));

    processor.start();

    await().atMost(WAIT).until(() -> position().orElse(-1) == 2);
    assertThat(broker.published())
        .extracting(OutgoingEvent::topic, outgoing -> outgoing.event().type())
        .containsExactly(
            tuple(IntegrationTopic.ORDER_EVENTS, "order.created"),
            tuple(IntegrationTopic.ORDER_EVENTS, "order.confirmed"),
            tuple(IntegrationTopic.PRODUCT_EVENTS, "product.created"));
    assertThat(broker.flushes()).isPositive();
  }

  @Test
  void keepsItsTokenWhereItWasUntilTheBrokerAcknowledgesTheBatchAndThenPublishesItAgain() {
    broker.refuseNext(1);
    store("Order", ORDER, DomainEvents.orderPlaced(), new OrderEvent.OrderConfirmed(ORDER, ORDER));

    processor.start();

    await().atMost(WAIT).until(() -> broker.published().size() >= 4);
    await().atMost(WAIT).until(() -> position().orElse(-1) == 1);
    List<String> ids = broker.publishedIds();
    // The refused batch went out once in vain and once more for good: at least once, in order.
    assertThat(ids.subList(0, 2)).isEqualTo(ids.subList(2, 4));
    assertThat(ids).hasSize(4);
  }

  @Test
  void publishesNothingAndKeepsItsTokenWhileTheBrokerCannotBeReached() {
    broker.setUnreachable(true);
    store("Order", ORDER, DomainEvents.orderPlaced());

    processor.start();

    await()
        .atMost(WAIT)
        .until(
            () -> processor.processingStatus().values().stream().anyMatch(s -> s.isErrorState()));
    assertThat(broker.published()).isEmpty();
    assertThat(position().orElse(-1)).isNegative();

    broker.setUnreachable(false);
    await().atMost(WAIT).until(() -> position().orElse(-1) == 0);
    assertThat(broker.published()).hasSize(1);
  }

  @Test
  void publishesTheWholeHistoryTheFirstTimeItRunsBecauseThatIsNoReplay() {
    store("Order", ORDER, DomainEvents.orderPlaced());
    store("Product", PRODUCT, DomainEvents.productEvents().get(0));

    processor.start();

    await().atMost(WAIT).until(() -> broker.published().size() == 2);
    assertThat(processor.isReplaying()).isFalse();
  }

  @Test
  void passesOverEventsOutsideTheContract() {
    store("Counter", PRODUCT, "not an EventMart event");
    store("Order", ORDER, DomainEvents.orderPlaced());

    processor.start();

    await().atMost(WAIT).until(() -> position().orElse(-1) == 1);
    assertThat(broker.published())
        .extracting(outgoing -> outgoing.event().type())
        .containsExactly("order.created");
  }

  @Test
  void refusesToResetItsTokensBecauseHistoryIsNeverPublishedTwice() {
    store("Order", ORDER, DomainEvents.orderPlaced());
    processor.start();
    await().atMost(WAIT).until(() -> position().orElse(-1) == 0);
    processor.shutDown();

    assertThat(processor.supportsReset()).isFalse();
    assertThatThrownBy(processor::resetTokens).isInstanceOf(IllegalStateException.class);
    assertThat(broker.published()).hasSize(1);
  }

  private void store(String type, Object aggregateId, Object... payloads) {
    long next = eventStore.lastSequenceNumberFor(aggregateId.toString()).map(s -> s + 1).orElse(0L);
    for (Object payload : payloads) {
      eventStore.publish(
          new GenericDomainEventMessage<>(type, aggregateId.toString(), next++, payload));
    }
  }

  /** Where the relay's token is; empty before it stored one, negative at the very start. */
  private OptionalLong position() {
    try {
      TrackingToken token = tokens.fetchToken(KafkaRelay.PROCESSING_GROUP, 0);
      return token == null ? OptionalLong.empty() : token.position();
    } catch (UnableToClaimTokenException notYetInitialized) {
      return OptionalLong.empty();
    }
  }
}
