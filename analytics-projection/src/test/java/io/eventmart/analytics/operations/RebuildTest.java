package io.eventmart.analytics.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventmart.analytics.ingest.ConsumerProgress;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class RebuildTest {

  private static final TopicPartition ORDERS_0 = new TopicPartition("order-events", 0);
  private static final TopicPartition ORDERS_1 = new TopicPartition("order-events", 1);

  private final ConsumerProgress progress = new ConsumerProgress();
  private final Rebuild rebuild = new Rebuild(progress);

  @Test
  void isNotRunningUntilAskedFor() {
    assertThat(rebuild.isRunning()).isFalse();
    assertThat(rebuild.progress()).isNull();
  }

  @Test
  void runsFromTheMomentItBeginsAndRefusesASecondRebuildMeanwhile() {
    assertThat(rebuild.begin()).isTrue();

    assertThat(rebuild.isRunning()).isTrue();
    assertThat(rebuild.progress()).isZero();
    assertThat(rebuild.begin()).isFalse();
  }

  @Test
  void followsTheConsumerUntilItReachedWhereThePartitionsEndedWhenItStarted() {
    progress.finished("order-events", 0, 99);
    rebuild.begin();
    rebuild.reading(
        new Rebuild.Range(
            Map.of(ORDERS_0, 0L, ORDERS_1, 10L), Map.of(ORDERS_0, 4L, ORDERS_1, 14L)));
    assertThat(rebuild.progress()).isZero();

    progress.finished("order-events", 0, 3);
    progress.finished("order-events", 1, 11);
    assertThat(rebuild.progress()).isEqualTo(0.75);
    assertThat(rebuild.isRunning()).isTrue();

    progress.finished("order-events", 1, 13);
    assertThat(rebuild.isRunning()).isFalse();
    assertThat(rebuild.progress()).isNull();
  }

  @Test
  void isDoneAtOnceWhenTheTopicsHoldNothing() {
    rebuild.begin();
    rebuild.reading(new Rebuild.Range(Map.of(ORDERS_0, 5L), Map.of(ORDERS_0, 5L)));

    assertThat(rebuild.isRunning()).isFalse();
  }

  @Test
  void isOverWhenItCouldNotStart() {
    rebuild.begin();

    rebuild.abandoned();

    assertThat(rebuild.isRunning()).isFalse();
    assertThat(rebuild.begin()).isTrue();
  }
}
