package io.eventmart.analytics.operations;

import io.eventmart.analytics.ingest.AnalyticsConsumer;
import io.eventmart.analytics.ingest.ConsumerProgress;
import io.eventmart.analytics.ingest.EventIngestion;
import io.eventmart.contracts.projection.ProjectionStatus;
import io.eventmart.support.projection.Projection;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The analytics model as a projection ({@value #NAME}). Its source is Kafka, not the event store:
 * its position is the sum of the offsets its consumer group committed, its lag what the partitions
 * hold beyond them.
 *
 * <p>A rebuild stops the consumer (finishing the record in hand), waits until it has left its
 * group, sets the group's offsets back to the earliest the topics still hold, empties the model and
 * its dedupe records in one statement, and starts the consumer again. Offsets are reset before the
 * tables are emptied, so a crash in between leaves the old model, which the replayed events (all
 * known to the dedupe records) do not change. The rebuild reaches only as far back as the topics'
 * retention: events older than that are gone from Kafka and from the rebuilt model.
 */
public final class AnalyticsProjection implements Projection {

  public static final String NAME = "analytics";

  /** How long the record in hand may take to finish before a rebuild abandons it. */
  private static final Duration STOP_GRACE = Duration.ofSeconds(30);

  private static final Logger log = LoggerFactory.getLogger(AnalyticsProjection.class);

  private final AnalyticsConsumer consumer;
  private final ConsumerProgress progress;
  private final EventIngestion ingestion;
  private final ConsumerGroupOffsets offsets;
  private final Rebuild rebuild;

  public AnalyticsProjection(
      AnalyticsConsumer consumer,
      ConsumerProgress progress,
      EventIngestion ingestion,
      ConsumerGroupOffsets offsets,
      Rebuild rebuild) {
    this.consumer = consumer;
    this.progress = progress;
    this.ingestion = ingestion;
    this.offsets = offsets;
    this.rebuild = rebuild;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public ProjectionStatus status() {
    boolean replaying = rebuild.isRunning();
    Double replayProgress = rebuild.progress();
    try {
      Map<TopicPartition, Long> committed = offsets.committed();
      Map<TopicPartition, Long> earliest = offsets.earliest();
      Map<TopicPartition, Long> latest = offsets.latest();
      long position = committed.values().stream().mapToLong(Long::longValue).sum();
      long lag =
          latest.entrySet().stream()
              .mapToLong(
                  end -> {
                    long from =
                        committed.getOrDefault(
                            end.getKey(), earliest.getOrDefault(end.getKey(), 0L));
                    return Math.max(0, end.getValue() - from);
                  })
              .sum();
      return new ProjectionStatus(NAME, state(replaying), position, lag, replaying, replayProgress);
    } catch (RuntimeException kafkaUnavailable) {
      log.warn("Cannot read the analytics consumer's offsets: {}", kafkaUnavailable.toString());
      return new ProjectionStatus(NAME, "ERROR", 0, 0, replaying, replayProgress);
    }
  }

  /** Starts the rebuild and returns at once; a rebuild asked for while one runs is the same one. */
  @Override
  public void replay() {
    if (!rebuild.begin()) {
      log.info("The analytics model is being rebuilt already");
      return;
    }
    log.info("Rebuilding the analytics model from the earliest offsets Kafka holds");
    consumer
        .stop(STOP_GRACE)
        .then(offsets.awaitNoMembers())
        .then(Mono.fromCallable(this::rewindGroup).subscribeOn(Schedulers.boundedElastic()))
        .flatMap(range -> ingestion.forgetEverything().thenReturn(range))
        .doOnNext(rebuild::reading)
        .then()
        .onErrorResume(
            failure -> {
              rebuild.abandoned();
              log.error("The analytics model could not be rebuilt; it stays as it was", failure);
              return Mono.empty();
            })
        .doFinally(signal -> consumer.start())
        .subscribe();
  }

  private Rebuild.Range rewindGroup() {
    Map<TopicPartition, Long> from = offsets.earliest();
    Map<TopicPartition, Long> to = offsets.latest();
    offsets.commit(from);
    return new Rebuild.Range(from, to);
  }

  private String state(boolean replaying) {
    if (replaying) {
      return "REPLAYING";
    }
    if (!consumer.isRunning()) {
      return "STOPPED";
    }
    return progress.isFailing() ? "ERROR" : "RUNNING";
  }
}
