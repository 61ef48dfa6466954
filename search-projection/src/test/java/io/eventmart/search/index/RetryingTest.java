package io.eventmart.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RetryingTest {

  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
  private final Retrying retrying =
      new Retrying(scheduler, Duration.ofMillis(10), Duration.ofMillis(40));
  private final AtomicInteger attempts = new AtomicInteger();

  @AfterEach
  void stop() {
    scheduler.shutdownNow();
  }

  private Runnable failingTimes(int failures) {
    return () -> {
      if (attempts.incrementAndGet() <= failures) {
        throw new IllegalStateException("not yet");
      }
    };
  }

  @Test
  void runsATaskThatSucceedsOnceOnTheCallersThread() {
    var ranOn = new AtomicReference<Thread>();

    retrying.run("work", () -> ranOn.set(Thread.currentThread()));

    assertThat(ranOn.get()).isSameAs(Thread.currentThread());
  }

  @Test
  void triesAFailingTaskAgainUntilItSucceeds() {
    retrying.run("work", failingTimes(4));

    await().atMost(Duration.ofSeconds(5)).until(() -> attempts.get() == 5);
    assertThat(attempts.get()).isEqualTo(5);
  }

  @Test
  void runsTheFirstAttemptOnTheSchedulerWhenAskedToRunLater() {
    var ranOn = new AtomicReference<Thread>();

    retrying.runLater("work", () -> ranOn.set(Thread.currentThread()));

    await().atMost(Duration.ofSeconds(5)).until(() -> ranOn.get() != null);
    assertThat(ranOn.get()).isNotSameAs(Thread.currentThread());
  }

  @Test
  void givesUpWhenTheSchedulerIsShutDown() {
    scheduler.shutdown();

    retrying.run("work", failingTimes(1));

    assertThat(attempts.get()).isEqualTo(1);
  }
}
