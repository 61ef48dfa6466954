package io.eventmart.relay.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventmart.contracts.integration.IntegrationTopic;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;

class RelaySettingsTest {

  private static final RelayProperties DEFAULTS =
      new RelayProperties(100, Duration.ofSeconds(60), Duration.ofSeconds(15));

  @Test
  void putsThePrefixInFrontOfEveryTopicName() {
    var settings = new KafkaSettings("broker:9092", "test-1.", (short) 1, null);

    assertThat(settings.topicName(IntegrationTopic.ORDER_EVENTS)).isEqualTo("test-1.order-events");
    assertThat(settings.properties()).isEmpty();
  }

  @Test
  void usesTheTopicNamesOfTheContractWithoutAPrefix() {
    var settings = new KafkaSettings("broker:9092", null, (short) 1, Map.of());

    assertThat(settings.topicName(IntegrationTopic.PAYMENT_EVENTS)).isEqualTo("payment-events");
  }

  @Test
  void refusesATopicPrefixKafkaCouldNotUse() {
    assertThatThrownBy(() -> new KafkaSettings("broker:9092", "a/b", (short) 1, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("eventmart.kafka.topic-prefix");
  }

  @Test
  void refusesAReplicationFactorBelowOne() {
    assertThatThrownBy(() -> new KafkaSettings("broker:9092", "", (short) 0, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("eventmart.kafka.replication-factor");
  }

  @Test
  void refusesToRunWithoutBrokers() {
    assertThatThrownBy(() -> new KafkaSettings(" ", "", (short) 1, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("eventmart.kafka.bootstrap-servers");
  }

  @Test
  void refusesAnAcknowledgementTimeoutThatLeavesNoRoomForARetry() {
    assertThatThrownBy(
            () -> new RelayProperties(100, Duration.ofSeconds(20), Duration.ofSeconds(15)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("eventmart.relay.ack-timeout");
  }

  @Test
  void refusesABatchOfNothing() {
    assertThatThrownBy(() -> new RelayProperties(0, Duration.ofSeconds(60), Duration.ofSeconds(15)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("eventmart.relay.batch-size");
  }

  @Test
  void configuresAnIdempotentProducerThatWaitsForAllReplicas() {
    var settings =
        new KafkaSettings("broker:9092", "", (short) 3, Map.of("security.protocol", "SSL"));

    Map<String, Object> config = KafkaIntegrationEventPublisher.producerConfig(settings, DEFAULTS);

    assertThat(config)
        .containsEntry(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "broker:9092")
        .containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true)
        .containsEntry(ProducerConfig.ACKS_CONFIG, "all")
        .containsEntry(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5)
        .containsEntry(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 60_000)
        .containsEntry(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 15_000)
        .containsEntry("security.protocol", "SSL");
  }

  @Test
  void createsTopicsThatKeepAWriteOnTwoReplicasWhenThereAreThree() {
    var settings = new KafkaSettings("broker:9092", "", (short) 3, Map.of());
    var topics = new IntegrationTopics(null, settings, Duration.ofSeconds(1));

    var definition = topics.definition(IntegrationTopic.PAYMENT_EVENTS);

    assertThat(definition.numPartitions()).isEqualTo(6);
    assertThat(definition.replicationFactor()).isEqualTo((short) 3);
    assertThat(definition.configs())
        .containsEntry("retention.ms", String.valueOf(Duration.ofDays(90).toMillis()))
        .containsEntry("min.insync.replicas", "2");
  }
}
