package io.eventmart.relay.infrastructure;

import io.eventmart.contracts.integration.IntegrationTopic;
import io.eventmart.kafka.KafkaSettings;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.CreateTopicsOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the topics of the integration contract ({@link IntegrationTopic}) with their partition
 * counts and retention, and the configured replication factor. A topic that exists already is left
 * exactly as it is: partitions and retention of a live topic are an operator's decision.
 *
 * <p>Creation starts in the background when the application starts, so a broker that is down does
 * not hold the application up; the relay calls {@link #ensureCreated()} again before its first
 * batch, and keeps failing (and retrying) its batches until the topics exist.
 */
public final class IntegrationTopics implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(IntegrationTopics.class);

  private final Admin admin;
  private final KafkaSettings settings;
  private final Duration timeout;
  private volatile boolean created;

  public IntegrationTopics(Admin admin, KafkaSettings settings, Duration timeout) {
    this.admin = admin;
    this.settings = settings;
    this.timeout = timeout;
  }

  /** Starts creating the missing topics and returns at once; the outcome is logged. */
  public void createInBackground() {
    createMissing()
        .whenComplete(
            (done, failure) -> {
              if (failure != null) {
                log.warn(
                    "Could not create the integration topics yet ({}); the relay tries again"
                        + " before it publishes",
                    unwrap(failure).toString());
              }
            });
  }

  /** Returns once every topic exists; throws when the broker cannot be reached in time. */
  public void ensureCreated() {
    if (created) {
      return;
    }
    try {
      createMissing().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot create the integration topics", unwrap(e));
    } catch (TimeoutException e) {
      throw new IllegalStateException("the broker did not answer in " + timeout, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating the integration topics", e);
    }
  }

  /** What {@code topic} is created as. */
  NewTopic definition(IntegrationTopic topic) {
    short replicas = settings.replicationFactor();
    return new NewTopic(settings.topicName(topic), topic.partitions(), replicas)
        .configs(
            Map.of(
                TopicConfig.RETENTION_MS_CONFIG,
                String.valueOf(topic.retention().toMillis()),
                TopicConfig.CLEANUP_POLICY_CONFIG,
                TopicConfig.CLEANUP_POLICY_DELETE,
                // With acks=all, a write then survives the loss of a replica (when there are 3).
                TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG,
                String.valueOf(replicas > 2 ? 2 : 1)));
  }

  private CompletableFuture<Void> createMissing() {
    List<NewTopic> topics = Arrays.stream(IntegrationTopic.values()).map(this::definition).toList();
    var options = new CreateTopicsOptions().timeoutMs(Math.toIntExact(timeout.toMillis()));
    var results = admin.createTopics(topics, options).values();
    CompletableFuture<?>[] each =
        topics.stream()
            .map(topic -> outcome(topic, results.get(topic.name()).toCompletionStage()))
            .toArray(CompletableFuture[]::new);
    return CompletableFuture.allOf(each).thenRun(() -> created = true);
  }

  private static CompletableFuture<Void> outcome(NewTopic topic, CompletionStage<Void> creation) {
    return creation
        .toCompletableFuture()
        .handle(
            (done, failure) -> {
              if (failure == null) {
                log.info(
                    "Created topic {} ({} partitions, replication factor {}, retention {} ms)",
                    topic.name(),
                    topic.numPartitions(),
                    topic.replicationFactor(),
                    topic.configs().get(TopicConfig.RETENTION_MS_CONFIG));
                return null;
              }
              if (unwrap(failure) instanceof TopicExistsException) {
                log.debug("Topic {} exists already; left as it is", topic.name());
                return null;
              }
              throw new CompletionException(unwrap(failure));
            });
  }

  private static Throwable unwrap(Throwable failure) {
    Throwable cause = failure;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }

  @Override
  public void close() {
    admin.close(Duration.ofSeconds(5));
  }
}
