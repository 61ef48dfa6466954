package io.eventmart.search.index;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a task until it succeeds: at once on the caller's thread, then, after each failure, again on
 * a scheduler after a pause that doubles up to a ceiling. For work that must happen eventually but
 * may not hold up the application, such as preparing the index while Elasticsearch is still
 * starting.
 */
public final class Retrying {

  private static final Logger log = LoggerFactory.getLogger(Retrying.class);

  private final ScheduledExecutorService scheduler;
  private final Duration firstPause;
  private final Duration longestPause;

  /**
   * @param scheduler where later attempts run
   * @param firstPause the pause after the first failure
   * @param longestPause the ceiling of the doubling pauses
   */
  public Retrying(ScheduledExecutorService scheduler, Duration firstPause, Duration longestPause) {
    this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    this.firstPause = Objects.requireNonNull(firstPause, "firstPause");
    this.longestPause = Objects.requireNonNull(longestPause, "longestPause");
  }

  /**
   * Runs {@code task} until it completes without an exception.
   *
   * @param what what the task does, for the log
   */
  public void run(String what, Runnable task) {
    attempt(what, task, firstPause);
  }

  /** Like {@link #run}, but the first attempt too runs on the scheduler. */
  public void runLater(String what, Runnable task) {
    scheduler.execute(() -> attempt(what, task, firstPause));
  }

  private void attempt(String what, Runnable task, Duration pause) {
    try {
      task.run();
    } catch (RuntimeException e) {
      if (scheduler.isShutdown()) {
        log.warn("{} failed and is given up: the application is stopping", what, e);
        return;
      }
      log.warn("{} failed ({}); trying again in {}", what, e.toString(), pause);
      Duration doubled = pause.multipliedBy(2);
      Duration next = doubled.compareTo(longestPause) > 0 ? longestPause : doubled;
      scheduler.schedule(() -> attempt(what, task, next), pause.toMillis(), TimeUnit.MILLISECONDS);
    }
  }
}
