package io.eventmart.relay.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventmart.contracts.integration.IntegrationTopic;
import io.eventmart.kafka.KafkaSettings;
import io.eventmart.testsupport.TestKafka;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The contract's topics on a real broker, described as an operator would. */
class IntegrationTopicsIT {

  private final String prefix = "topics-it-" + UUID.randomUUID() + "-";
  private final KafkaSettings settings =
      new KafkaSettings(TestKafka.bootstrapServers(), prefix, (short) 1, Map.of());
  private final Admin admin =
      Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers()));

  @AfterEach
  void close() {
    admin.close();
  }

  @Test
  void createsEveryTopicWithItsPartitionsAndRetention() throws Exception {
    topics().ensureCreated();

    for (IntegrationTopic topic : IntegrationTopic.values()) {
      String name = settings.topicName(topic);
      assertThat(describe(name).partitions()).hasSize(topic.partitions());
      assertThat(describe(name).partitions().get(0).replicas()).hasSize(1);
      assertThat(config(name, TopicConfig.RETENTION_MS_CONFIG))
          .isEqualTo(String.valueOf(topic.retention().toMillis()));
      assertThat(config(name, TopicConfig.CLEANUP_POLICY_CONFIG)).isEqualTo("delete");
    }
  }

  @Test
  void leavesATopicThatExistsAlreadyAsItIs() throws Exception {
    String orders = settings.topicName(IntegrationTopic.ORDER_EVENTS);
    admin
        .createTopics(
            List.of(
                new NewTopic(orders, 1, (short) 1)
                    .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "3600000"))))
        .all()
        .get();

    topics().ensureCreated();

    assertThat(describe(orders).partitions()).hasSize(1);
    assertThat(config(orders, TopicConfig.RETENTION_MS_CONFIG)).isEqualTo("3600000");
    assertThat(describe(settings.topicName(IntegrationTopic.PAYMENT_EVENTS)).partitions())
        .hasSize(IntegrationTopic.PAYMENT_EVENTS.partitions());
  }

  @Test
  void answersAtOnceOnceTheTopicsExist() {
    IntegrationTopics topics = topics();
    topics.ensureCreated();

    topics.close();

    // A closed admin client could not create anything: the second call does not ask again.
    topics.ensureCreated();
  }

  private IntegrationTopics topics() {
    return new IntegrationTopics(
        Admin.create(
            Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers())),
        settings,
        Duration.ofSeconds(15));
  }

  private TopicDescription describe(String topic) throws Exception {
    return admin.describeTopics(Set.of(topic)).allTopicNames().get().get(topic);
  }

  private String config(String topic, String key) throws Exception {
    var resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
    return admin.describeConfigs(Set.of(resource)).all().get().get(resource).get(key).value();
  }
}
