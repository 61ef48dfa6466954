package io.eventmart.analytics.infrastructure;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The topics analytics needs before it can consume: the integration topics it reads, which the
 * Kafka relay creates (analytics waits for them rather than guess their settings), and its own
 * dead-letter topic, which it creates if missing (one partition, so the letters stay in the order
 * they were written). An existing topic is left as it is.
 */
final class AnalyticsTopics implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(AnalyticsTopics.class);

  private final Admin admin;
  private final List<String> sourceTopics;
  private final NewTopic deadLetters;
  private final Duration timeout;

  AnalyticsTopics(
      Admin admin,
      List<String> sourceTopics,
      String deadLetterTopic,
      Duration deadLetterRetention,
      short replicationFactor,
      Duration timeout) {
    this.admin = admin;
    this.sourceTopics = List.copyOf(sourceTopics);
    this.deadLetters =
        new NewTopic(deadLetterTopic, 1, replicationFactor)
            .configs(
                Map.of(
                    TopicConfig.RETENTION_MS_CONFIG,
                    String.valueOf(deadLetterRetention.toMillis()),
                    TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG,
                    String.valueOf(replicationFactor > 2 ? 2 : 1)));
    this.timeout = timeout;
  }

  /**
   * Completes once every topic exists; fails (to be tried again) while a topic to read is missing.
   */
  Mono<Void> ready() {
    return Mono.fromRunnable(this::ensureReady).subscribeOn(Schedulers.boundedElastic()).then();
  }

  private void ensureReady() {
    Set<String> existing = await(admin.listTopics().names());
    if (!existing.contains(deadLetters.name())) {
      createDeadLetters();
    }
    Set<String> missing = new HashSet<>(sourceTopics);
    missing.removeAll(existing);
    if (!missing.isEmpty()) {
      throw new IllegalStateException(
          "topics " + missing + " do not exist yet (the Kafka relay creates them)");
    }
  }

  private void createDeadLetters() {
    try {
      await(admin.createTopics(List.of(deadLetters)).all());
      log.info("Created the dead-letter topic {}", deadLetters.name());
    } catch (IllegalStateException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw e;
      }
    }
  }

  private <T> T await(KafkaFuture<T> future) {
    try {
      return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw new IllegalStateException("Kafka refused: " + e.getCause(), e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException("Kafka did not answer in " + timeout, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while talking to Kafka", e);
    }
  }

  @Override
  public void close() {
    admin.close(Duration.ofSeconds(5));
  }
}
