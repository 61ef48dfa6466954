package io.eventmart.analytics.ingest;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.common.TopicPartition;

/**
 * How far the consumer got since it last started over: per partition, the offset after the last
 * record it finished with (applied, passed over as a duplicate, or dead-lettered), and whether it
 * is retrying a failure right now.
 */
public final class ConsumerProgress {

  private final Map<TopicPartition, Long> next = new ConcurrentHashMap<>();
  private volatile Throwable failure;

  /** The consumer is done with the record at {@code offset}. */
  public void finished(String topic, int partition, long offset) {
    next.merge(new TopicPartition(topic, partition), offset + 1, Math::max);
    failure = null;
  }

  void failing(Throwable failure) {
    this.failure = failure;
  }

  /** The offset after the last record finished, per partition read since the last reset. */
  public Map<TopicPartition, Long> nextOffsets() {
    return Map.copyOf(next);
  }

  public boolean isFailing() {
    return failure != null;
  }

  /** Forgets the offsets: the consumer is about to read from other positions. */
  public void reset() {
    next.clear();
    failure = null;
  }
}
