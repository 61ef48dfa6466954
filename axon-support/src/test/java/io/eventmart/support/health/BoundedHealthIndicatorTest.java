package io.eventmart.support.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.eventmart.support.MutableClock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

class BoundedHealthIndicatorTest {

  private static final Duration TIMEOUT = Duration.ofMillis(200);
  private static final Duration CACHE_FOR = Duration.ofSeconds(5);

  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final MutableClock clock = new MutableClock();
  private final CountDownLatch serverAnswers = new CountDownLatch(1);
  private final AtomicInteger checks = new AtomicInteger();

  @AfterEach
  void stopChecks() {
    serverAnswers.countDown();
    executor.shutdownNow();
  }

  private BoundedHealthIndicator bounded(HealthIndicator check, Duration cacheFor) {
    return new BoundedHealthIndicator(check, TIMEOUT, cacheFor, executor, clock);
  }

  /** A check that counts how often it ran and answers UP once the server answers. */
  private Health slowServer() {
    checks.incrementAndGet();
    try {
      serverAnswers.await(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return Health.up().build();
  }

  private Health countingServer() {
    return Health.up().withDetail("check", checks.incrementAndGet()).build();
  }

  @Test
  void answersWithWhatTheCheckFound() {
    var indicator = bounded(() -> Health.up().withDetail("brokers", 3).build(), Duration.ZERO);

    assertThat(indicator.health()).isEqualTo(Health.up().withDetail("brokers", 3).build());
  }

  @Test
  void answersDownWithTheErrorWhenTheCheckThrows() {
    var indicator =
        bounded(
            () -> {
              throw new IllegalStateException("connection refused");
            },
            Duration.ZERO);

    Health health = indicator.health();

    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    assertThat(health.getDetails())
        .containsEntry("error", "java.lang.IllegalStateException: connection refused");
  }

  @Test
  void answersDownOnceTheTimeoutHasPassedWithoutAnAnswer() {
    var indicator = bounded(this::slowServer, Duration.ZERO);

    long started = System.nanoTime();
    Health health = indicator.health();
    Duration waited = Duration.ofNanos(System.nanoTime() - started);

    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    assertThat(health.getDetails()).containsEntry("error", "no answer within 200 ms");
    assertThat(waited).isGreaterThanOrEqualTo(TIMEOUT).isLessThan(Duration.ofSeconds(2));
  }

  @Test
  void letsProbesWaitForTheCheckStillRunningInsteadOfStartingAnother() {
    var indicator = bounded(this::slowServer, Duration.ZERO);

    assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);
    assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);
    assertThat(checks.get()).isEqualTo(1);

    serverAnswers.countDown();
    await().atMost(Duration.ofSeconds(5)).until(() -> indicator.health().getStatus() == Status.UP);
  }

  @Test
  void checksAgainOnEveryProbeWhenResultsAreNotCached() {
    var indicator = bounded(this::countingServer, Duration.ZERO);

    indicator.health();
    indicator.health();

    assertThat(checks.get()).isEqualTo(2);
  }

  @Test
  void reusesAResultUntilItIsOlderThanTheCacheTime() {
    var indicator = bounded(this::countingServer, CACHE_FOR);

    assertThat(indicator.health().getDetails()).containsEntry("check", 1);
    clock.advance(CACHE_FOR.minusMillis(1));
    assertThat(indicator.health().getDetails()).containsEntry("check", 1);

    clock.advance(Duration.ofMillis(1));
    assertThat(indicator.health().getDetails()).containsEntry("check", 2);
  }

  @Test
  void keepsTheResultOfALateCheckForTheNextProbe() {
    var indicator = bounded(this::slowServer, CACHE_FOR);
    assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);

    serverAnswers.countDown();

    await().atMost(Duration.ofSeconds(5)).until(() -> indicator.health().getStatus() == Status.UP);
    assertThat(checks.get()).isEqualTo(1);
  }

  @Test
  void releasesWhatTheCheckHoldsWhenClosed() throws Exception {
    AtomicBoolean closed = new AtomicBoolean();
    class ClientBackedCheck implements HealthIndicator, AutoCloseable {
      @Override
      public Health health() {
        return Health.up().build();
      }

      @Override
      public void close() {
        closed.set(true);
      }
    }

    bounded(new ClientBackedCheck(), Duration.ZERO).close();

    assertThat(closed).isTrue();
  }
}
