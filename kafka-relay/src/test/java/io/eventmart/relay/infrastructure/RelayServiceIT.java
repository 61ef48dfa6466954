package io.eventmart.relay.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventmart.contracts.integration.IntegrationTopic;
import io.eventmart.contracts.order.OrderEvent.OrderConfirmed;
import io.eventmart.contracts.order.OrderEvent.OrderProcessingStarted;
import io.eventmart.contracts.order.OrderEvent.OrderShipped;
import io.eventmart.relay.publishing.KafkaRelay;
import io.eventmart.relay.testdata.DomainEvents;
import io.eventmart.relay.testdata.EventStoreWriter;
import io.eventmart.relay.testdata.TopicReader;
import io.eventmart.relay.testdata.TopicReader.Read;
import io.eventmart.testsupport.TestKafka;
import io.eventmart.testsupport.TestPostgres;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The relay service started from its main class with its own {@code relay-service.yml}, stopped and
 * started again. Axon Server is not available here, so the JDBC event store stands in for it.
 */
class RelayServiceIT {

  private final TestPostgres.Database database = TestPostgres.freshDatabase("relay_service");
  private final String prefix = "relay-service-it-" + UUID.randomUUID() + "-";
  private final TopicReader topics = new TopicReader(TestKafka.bootstrapServers());
  private final UUID order = UUID.randomUUID();

  @Test
  void startsWithItsOwnSettings() {
    try (var service = start()) {
      assertThat(service.getEnvironment().getProperty("spring.application.name"))
          .isEqualTo("relay-service");
      assertThat(service.getBean(RelayProperties.class))
          .isEqualTo(new RelayProperties(100, Duration.ofSeconds(60), Duration.ofSeconds(15)));
    }
  }

  @Test
  void resumesFromItsTokenAfterARestartWithoutPublishingAgainWhatWasAcknowledged() {
    try (var service = start()) {
      events(service)
          .append(
              "Order",
              order,
              DomainEvents.orderPlaced(),
              new OrderConfirmed(order, DomainEvents.PAYMENT));
      topics.awaitRecords(ordersTopic(), this::ofOrder, 2);
    }

    try (var service = start()) {
      events(service).append("Order", order, new OrderProcessingStarted(order));

      List<Read> records = topics.awaitRecords(ordersTopic(), this::ofOrder, 3);

      assertThat(records)
          .extracting(Read::type)
          .containsExactly("order.created", "order.confirmed", "order.processing");
    }
  }

  @Test
  void refusesAResetOfItsTokensAndSoNeverPublishesHistoryAgain() {
    try (var service = start()) {
      events(service).append("Order", order, DomainEvents.orderPlaced());
      topics.awaitRecords(ordersTopic(), this::ofOrder, 1);
      TrackingEventProcessor relay =
          service
              .getBean(EventProcessingConfiguration.class)
              .eventProcessor(KafkaRelay.PROCESSING_GROUP, TrackingEventProcessor.class)
              .orElseThrow();
      relay.shutDown();

      assertThatThrownBy(relay::resetTokens).isInstanceOf(IllegalStateException.class);

      relay.start();
      events(service).append("Order", order, new OrderShipped(order));
      assertThat(topics.awaitRecords(ordersTopic(), this::ofOrder, 2))
          .extracting(Read::type)
          .containsExactly("order.created", "order.shipped");
    }
  }

  private ConfigurableApplicationContext start() {
    return RelayServiceApplication.start(
        "--axon.axonserver.enabled=false",
        "--server.port=0",
        "--spring.datasource.url=" + database.url(),
        "--spring.datasource.username=" + database.user(),
        "--spring.datasource.password=" + database.password(),
        "--eventmart.kafka.bootstrap-servers=" + TestKafka.bootstrapServers(),
        "--eventmart.kafka.topic-prefix=" + prefix);
  }

  private static EventStoreWriter events(ConfigurableApplicationContext service) {
    return new EventStoreWriter(service.getBean(EventStore.class));
  }

  private String ordersTopic() {
    return prefix + IntegrationTopic.ORDER_EVENTS.topicName();
  }

  private boolean ofOrder(Read read) {
    return order.toString().equals(read.key());
  }
}
