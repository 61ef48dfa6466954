package io.eventmart.support.metrics;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Business metrics count events where they happen: in an event handler of a subscribing processor,
 * which runs inside the unit of work that publishes the event, before its transaction commits.
 * {@link #measure(Runnable)} holds the measurement back until that transaction has committed, so an
 * event that is rolled back (a refused command, a lost race for an aggregate) is never counted, and
 * a failing measurement can never fail the command that caused the event.
 */
public final class AfterCommit {

  private static final Logger log = LoggerFactory.getLogger(AfterCommit.class);

  private AfterCommit() {}

  /**
   * Runs {@code measurement} once the current unit of work (the outermost one, whose transaction
   * holds the event) has committed; at once when no unit of work is active.
   */
  public static void measure(Runnable measurement) {
    if (CurrentUnitOfWork.isStarted()) {
      CurrentUnitOfWork.get().afterCommit(unitOfWork -> measureSafely(measurement));
    } else {
      measureSafely(measurement);
    }
  }

  private static void measureSafely(Runnable measurement) {
    try {
      measurement.run();
    } catch (RuntimeException e) {
      // The event is committed; a metric that cannot be recorded must not turn it into a failure.
      log.warn("Could not record a measurement: {}", e.toString());
    }
  }
}
