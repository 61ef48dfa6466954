package io.eventmart.support.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * A health check that answers within a time limit, whatever the server it asks does.
 *
 * <p>The check runs on a thread of its own. A probe waits for it at most {@code timeout} and is
 * answered DOWN when it has not finished by then; the check is not abandoned but keeps running, and
 * probes arriving meanwhile wait for that same check instead of starting another one, so a hanging
 * server ties up one thread at most. A result is reused for {@code cacheFor} (zero: never), so
 * frequent probes of many replicas do not become as many requests to a remote cluster.
 *
 * <p>A check that throws is DOWN with the exception as its error. When the check holds resources
 * ({@link AutoCloseable}), closing this closes the check.
 */
public final class BoundedHealthIndicator implements HealthIndicator, AutoCloseable {

  private final HealthIndicator check;
  private final Duration timeout;
  private final Duration cacheFor;
  private final Executor executor;
  private final Clock clock;

  private CompletableFuture<Health> running;
  private Health latest;
  private Instant latestAt;

  /**
   * @param check the check itself, which may block
   * @param timeout how long a probe waits for the check
   * @param cacheFor how long a result is reused; {@link Duration#ZERO} to check on every probe
   * @param executor where checks run
   * @param clock when results were found, for {@code cacheFor}
   */
  public BoundedHealthIndicator(
      HealthIndicator check, Duration timeout, Duration cacheFor, Executor executor, Clock clock) {
    this.check = check;
    this.timeout = timeout;
    this.cacheFor = cacheFor;
    this.executor = executor;
    this.clock = clock;
  }

  @Override
  public Health health() {
    CompletableFuture<Health> answer;
    synchronized (this) {
      if (latest != null && clock.instant().isBefore(latestAt.plus(cacheFor))) {
        return latest;
      }
      answer = running != null ? running : start();
    }
    try {
      return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      return Health.down()
          .withDetail("error", "no answer within " + timeout.toMillis() + " ms")
          .build();
    } catch (ExecutionException e) {
      return Health.down(e.getCause()).build();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Health.down(e).build();
    }
  }

  /** Starts a check; its result is remembered whenever it comes, late or not. */
  private CompletableFuture<Health> start() {
    CompletableFuture<Health> started = new CompletableFuture<>();
    running = started;
    try {
      executor.execute(
          () -> {
            Health health = check();
            remember(started, health);
            started.complete(health);
          });
    } catch (RejectedExecutionException e) {
      running = null;
      started.complete(Health.down(e).build());
    }
    return started;
  }

  private Health check() {
    try {
      return check.health();
    } catch (RuntimeException | LinkageError e) {
      return Health.down(e).build();
    }
  }

  private synchronized void remember(CompletableFuture<Health> check, Health health) {
    latest = health;
    latestAt = clock.instant();
    if (running == check) {
      running = null;
    }
  }

  @Override
  public void close() throws Exception {
    if (check instanceof AutoCloseable resources) {
      resources.close();
    }
  }
}
