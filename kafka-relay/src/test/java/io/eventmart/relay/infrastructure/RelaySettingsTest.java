package io.eventmart.relay.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventmart.contracts.integration.IntegrationTopic;
import io.eventmart.kafka.KafkaSettings;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;

class RelaySettingsTest {

  private static final RelayProperties DEFAULTS =
      new RelayProperties(100, Duration.ofSeconds(60), Duration.ofSeconds(15));

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
