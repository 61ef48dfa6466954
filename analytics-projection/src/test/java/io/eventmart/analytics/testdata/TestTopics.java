package io.eventmart.analytics.testdata;

import io.eventmart.contracts.integration.IntegrationTopic;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * The integration topics of one test, created as the relay would create them (analytics waits for
 * them), and the consumer group's offsets as an operator would change them.
 */
public final class TestTopics {

  private TestTopics() {}

  /** Creates the contract's topics under {@code prefix}. */
  public static void create(String bootstrapServers, String prefix) {
    try (Admin admin = admin(bootstrapServers)) {
      List<NewTopic> topics =
          Arrays.stream(IntegrationTopic.values())
              .map(topic -> new NewTopic(prefix + topic.topicName(), topic.partitions(), (short) 1))
              .toList();
      admin.createTopics(topics).all().get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot create the topics of " + prefix, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Sets the group's committed offsets back to the start of every partition of {@code topics}, as
   * if the offsets of everything it consumed had never been committed.
   */
  public static void forgetCommittedOffsets(
      String bootstrapServers, String groupId, Set<String> topics) {
    try (Admin admin = admin(bootstrapServers)) {
      var partitions =
          admin.describeTopics(topics).allTopicNames().get().values().stream()
              .flatMap(
                  topic ->
                      topic.partitions().stream()
                          .map(p -> new TopicPartition(topic.name(), p.partition())))
              .toList();
      var earliest =
          admin
              .listOffsets(
                  partitions.stream()
                      .collect(
                          Collectors.toMap(
                              partition -> partition, partition -> OffsetSpec.earliest())))
              .all()
              .get();
      Map<TopicPartition, OffsetAndMetadata> rewound =
          earliest.entrySet().stream()
              .collect(
                  Collectors.toMap(
                      Map.Entry::getKey,
                      entry -> new OffsetAndMetadata(entry.getValue().offset())));
      admin.alterConsumerGroupOffsets(groupId, rewound).all().get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot rewind group " + groupId, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Admin admin(String bootstrapServers) {
    return Admin.create(
        Map.of(
            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrapServers,
            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
            (int) Duration.ofSeconds(30).toMillis()));
  }
}
