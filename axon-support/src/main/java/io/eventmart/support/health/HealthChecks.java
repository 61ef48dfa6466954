package io.eventmart.support.health;

import io.eventmart.support.OperationsProperties;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Makes the health checks of every module answer within {@code eventmart.operations.health.timeout}
 * (see {@link BoundedHealthIndicator}); each module declares its indicators through it. The checks
 * run on daemon threads of its own, so a check stuck on a dead server never holds up a probe or the
 * shutdown of the application.
 */
public final class HealthChecks implements AutoCloseable {

  private final OperationsProperties.Health settings;
  private final Clock clock;
  private final ExecutorService executor;

  public HealthChecks(OperationsProperties.Health settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
    AtomicInteger threads = new AtomicInteger();
    this.executor =
        Executors.newCachedThreadPool(
            task -> {
              Thread thread = new Thread(task, "health-check-" + threads.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
  }

  /** {@code check}, answering within the time limit, and checked again on every probe. */
  public BoundedHealthIndicator timeLimited(HealthIndicator check) {
    return new BoundedHealthIndicator(check, settings.timeout(), Duration.ZERO, executor, clock);
  }

  /**
   * {@code check}, answering within the time limit, its result reused for {@code
   * eventmart.operations.health.cache-for}: for checks that ask a remote cluster.
   */
  public BoundedHealthIndicator timeLimitedAndCached(HealthIndicator check) {
    return new BoundedHealthIndicator(
        check, settings.timeout(), settings.cacheFor(), executor, clock);
  }

  /** The time limit of every check. */
  public Duration timeout() {
    return settings.timeout();
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
