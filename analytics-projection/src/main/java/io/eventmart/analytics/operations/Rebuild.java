package io.eventmart.analytics.operations;

import io.eventmart.analytics.ingest.ConsumerProgress;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state of a rebuild of the analytics model: from when it is asked for until the consumer has
 * read every partition up to where it ended when the rebuild started.
 */
public final class Rebuild {

  private static final Logger log = LoggerFactory.getLogger(Rebuild.class);

  /** Where the partitions began and ended when the rebuild started. */
  record Range(Map<TopicPartition, Long> from, Map<TopicPartition, Long> to) {

    long total() {
      return to.entrySet().stream()
          .mapToLong(end -> Math.max(0, end.getValue() - from.getOrDefault(end.getKey(), 0L)))
          .sum();
    }

    long done(Map<TopicPartition, Long> next) {
      return to.entrySet().stream()
          .mapToLong(
              end -> {
                long start = from.getOrDefault(end.getKey(), 0L);
                long reached = Math.min(end.getValue(), next.getOrDefault(end.getKey(), start));
                return Math.max(0, reached - start);
              })
          .sum();
    }
  }

  private final ConsumerProgress progress;
  private volatile boolean preparing;
  private volatile Range range;

  public Rebuild(ConsumerProgress progress) {
    this.progress = progress;
  }

  /** Claims the rebuild; false when one is running already. */
  synchronized boolean begin() {
    if (isRunning()) {
      return false;
    }
    preparing = true;
    return true;
  }

  /** The model is empty and the consumer about to read {@code range} again. */
  synchronized void reading(Range range) {
    progress.reset();
    this.range = range;
    preparing = false;
  }

  /** The rebuild could not start; the model was left as it was. */
  synchronized void abandoned() {
    preparing = false;
    range = null;
  }

  /** Whether a rebuild is running; notices (and logs) the moment it caught up. */
  public synchronized boolean isRunning() {
    if (preparing) {
      return true;
    }
    if (range != null && range.done(progress.nextOffsets()) >= range.total()) {
      log.info("The analytics model is rebuilt ({} records read again)", range.total());
      range = null;
    }
    return range != null;
  }

  /** From 0 to 1 while rebuilding; {@code null} otherwise. */
  synchronized Double progress() {
    if (!isRunning()) {
      return null;
    }
    Range reading = range;
    if (reading == null || reading.total() == 0) {
      return 0.0;
    }
    return (double) reading.done(progress.nextOffsets()) / reading.total();
  }
}
