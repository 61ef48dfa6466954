package io.eventmart.analytics.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventmart.kafka.KafkaSettings;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.junit.jupiter.api.Test;

class AnalyticsSettingsTest {

  private static final AnalyticsProperties DEFAULTS =
      new AnalyticsProperties(
          "eventmart-analytics",
          "analytics-dead-letters",
          Duration.ofDays(30),
          Duration.ofSeconds(1),
          3,
          Duration.ofMillis(200),
          Duration.ofSeconds(30),
          Duration.ofSeconds(1),
          Duration.ofSeconds(15));

  @Test
  void consumesTheFourTopicsTheModelLearnsFromInItsGroupCommittingOnlyByHand() {
    var kafka = new KafkaSettings("broker:9092", "test-", (short) 1, Map.of());

    var options = AnalyticsAutoConfiguration.receiverOptions(kafka, DEFAULTS);

    assertThat(options.subscriptionTopics())
        .containsExactlyInAnyOrder(
            "test-order-events",
            "test-payment-events",
            "test-product-events",
            "test-inventory-events");
    assertThat(options.consumerProperties())
        .containsEntry(ConsumerConfig.GROUP_ID_CONFIG, "eventmart-analytics")
        .containsEntry(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false")
        .containsEntry(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    assertThat(options.commitInterval()).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void refusesAGroupIdKafkaCouldNotUse() {
    assertThatThrownBy(
            () ->
                new AnalyticsProperties(
                    "two words",
                    "analytics-dead-letters",
                    Duration.ofDays(30),
                    Duration.ofSeconds(1),
                    3,
                    Duration.ofMillis(200),
                    Duration.ofSeconds(30),
                    Duration.ofSeconds(1),
                    Duration.ofSeconds(15)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("eventmart.analytics.group-id");
  }

  @Test
  void refusesToTryARecordLessThanOnce() {
    assertThatThrownBy(
            () ->
                new AnalyticsProperties(
                    "group",
                    "analytics-dead-letters",
                    Duration.ofDays(30),
                    Duration.ofSeconds(1),
                    0,
                    Duration.ofMillis(200),
                    Duration.ofSeconds(30),
                    Duration.ofSeconds(1),
                    Duration.ofSeconds(15)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("eventmart.analytics.max-attempts");
  }

  @Test
  void refusesALongestPauseShorterThanTheFirst() {
    assertThatThrownBy(
            () ->
                new AnalyticsProperties(
                    "group",
                    "analytics-dead-letters",
                    Duration.ofDays(30),
                    Duration.ofSeconds(1),
                    3,
                    Duration.ofSeconds(5),
                    Duration.ofSeconds(1),
                    Duration.ofSeconds(1),
                    Duration.ofSeconds(15)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("max-retry-backoff");
  }
}
