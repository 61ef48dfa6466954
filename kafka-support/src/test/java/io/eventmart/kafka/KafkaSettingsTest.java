package io.eventmart.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventmart.contracts.integration.IntegrationTopic;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.junit.jupiter.api.Test;

class KafkaSettingsTest {

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
  void putsThePrefixInFrontOfATopicOfAModulesOwn() {
    assertThat(new KafkaSettings("broker:9092", "test-", (short) 1, null).topicName("dlq"))
        .isEqualTo("test-dlq");
  }

  @Test
  void startsEveryClientFromTheBrokersAndTheExtraProperties() {
    var settings =
        new KafkaSettings("broker:9092", "", (short) 1, Map.of("security.protocol", "SSL"));

    Map<String, Object> config = settings.clientConfig();
    config.put(CommonClientConfigs.CLIENT_ID_CONFIG, "a-client");

    assertThat(config)
        .containsEntry(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, "broker:9092")
        .containsEntry("security.protocol", "SSL");
    assertThat(settings.clientConfig()).doesNotContainKey(CommonClientConfigs.CLIENT_ID_CONFIG);
  }

  @Test
  void refusesATopicPrefixKafkaCouldNotUse() {
    assertThatThrownBy(() -> new KafkaSettings("broker:9092", "a/b", (short) 1, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("eventmart.kafka.topic-prefix");
    assertThatThrownBy(() -> new KafkaSettings("broker:9092", "a b", (short) 1, Map.of()))
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
}
