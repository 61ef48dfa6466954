package io.eventmart.analytics.operations;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The offsets of the analytics consumer group on its topics, seen through Kafka's admin API: what
 * the group committed, what the partitions hold, and a reset of the group to the earliest offsets.
 */
public final class ConsumerGroupOffsets implements AutoCloseable {

  private static final Duration MEMBER_CHECK_INTERVAL = Duration.ofMillis(250);

  private final Admin admin;
  private final String groupId;
  private final List<String> topics;
  private final Duration timeout;

  public ConsumerGroupOffsets(Admin admin, String groupId, List<String> topics, Duration timeout) {
    this.admin = admin;
    this.groupId = groupId;
    this.topics = List.copyOf(topics);
    this.timeout = timeout;
  }

  /** The offsets the group committed, per partition of its topics (none yet: not there). */
  public Map<TopicPartition, Long> committed() {
    Map<TopicPartition, OffsetAndMetadata> committed =
        get(admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata());
    return committed.entrySet().stream()
        .filter(entry -> entry.getValue() != null && topics.contains(entry.getKey().topic()))
        .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
  }

  /** The first offset each partition still holds (older records are gone with the retention). */
  public Map<TopicPartition, Long> earliest() {
    return offsets(OffsetSpec.earliest());
  }

  /** The offset the next record of each partition will get. */
  public Map<TopicPartition, Long> latest() {
    return offsets(OffsetSpec.latest());
  }

  /**
   * Completes once the group has no active member, i.e. the consumer that just stopped has left it;
   * only then can its offsets be changed.
   */
  public Mono<Void> awaitNoMembers() {
    return Mono.fromCallable(this::hasMembers)
        .subscribeOn(Schedulers.boundedElastic())
        .filter(hasMembers -> !hasMembers)
        .repeatWhenEmpty(checks -> checks.delayElements(MEMBER_CHECK_INTERVAL))
        .timeout(timeout.multipliedBy(4))
        .then();
  }

  /** Sets the group's committed offsets, as if it had consumed up to them. */
  public void commit(Map<TopicPartition, Long> offsets) {
    get(
        admin
            .alterConsumerGroupOffsets(
                groupId,
                offsets.entrySet().stream()
                    .collect(
                        Collectors.toMap(
                            Map.Entry::getKey, entry -> new OffsetAndMetadata(entry.getValue()))))
            .all());
  }

  private boolean hasMembers() {
    return !get(admin.describeConsumerGroups(List.of(groupId)).describedGroups().get(groupId))
        .members()
        .isEmpty();
  }

  private Map<TopicPartition, Long> offsets(OffsetSpec spec) {
    Map<TopicPartition, OffsetSpec> request =
        partitions().stream().collect(Collectors.toMap(Function.identity(), partition -> spec));
    Map<TopicPartition, ListOffsetsResultInfo> answer = get(admin.listOffsets(request).all());
    return answer.entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
  }

  private List<TopicPartition> partitions() {
    return get(admin.describeTopics(topics).allTopicNames()).values().stream()
        .flatMap(
            topic ->
                topic.partitions().stream()
                    .map(partition -> new TopicPartition(topic.name(), partition.partition())))
        .toList();
  }

  private <T> T get(KafkaFuture<T> future) {
    try {
      return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw new IllegalStateException(
          "Kafka refused a request about group " + groupId + ": " + e.getCause(), e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException("Kafka did not answer in " + timeout, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while asking Kafka about " + groupId, e);
    }
  }

  @Override
  public void close() {
    admin.close(Duration.ofSeconds(5));
  }
}
