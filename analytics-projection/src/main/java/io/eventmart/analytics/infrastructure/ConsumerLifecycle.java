package io.eventmart.analytics.infrastructure;

import io.eventmart.analytics.ingest.AnalyticsConsumer;
import io.eventmart.analytics.sales.SalesSummaryBroadcaster;
import java.time.Duration;
import org.springframework.context.SmartLifecycle;

/**
 * Starts consuming once the application is up, and stops first when it shuts down: the record in
 * hand is finished (or, after {@code stopTimeout}, abandoned) and the acknowledged offsets are
 * committed before the database goes away.
 */
final class ConsumerLifecycle implements SmartLifecycle {

  private final AnalyticsConsumer consumer;
  private final SalesSummaryBroadcaster broadcaster;
  private final Duration stopTimeout;
  private volatile boolean running;

  ConsumerLifecycle(
      AnalyticsConsumer consumer, SalesSummaryBroadcaster broadcaster, Duration stopTimeout) {
    this.consumer = consumer;
    this.broadcaster = broadcaster;
    this.stopTimeout = stopTimeout;
  }

  @Override
  public void start() {
    consumer.start();
    broadcaster.start();
    running = true;
  }

  @Override
  public void stop() {
    running = false;
    broadcaster.stop();
    consumer.shutDown(stopTimeout).block();
  }

  /** Running from start to stop, also while a rebuild restarts the consumer in between. */
  @Override
  public boolean isRunning() {
    return running;
  }
}
