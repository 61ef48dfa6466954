package io.eventmart.analytics.ingest;

import io.r2dbc.spi.R2dbcDataIntegrityViolationException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcTransientException;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.apache.kafka.common.errors.RetriableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Decides what a failed record deserves, by what failed:
 *
 * <ul>
 *   <li>the message itself ({@link PoisonMessageException}, or data the database refuses): no
 *       retry, it goes to the dead letters at once;
 *   <li>the infrastructure (the database or the broker cannot be reached, a transient error):
 *       retried with a growing pause for as long as it takes, because every following record would
 *       fail the same way and dead-lettering them would throw good events away;
 *   <li>anything else: {@code maxAttempts} attempts in all, then the dead letters, so one record
 *       cannot hold the consumer up forever.
 * </ul>
 */
public final class FailurePolicy {

  /** What kind of failure it is. */
  enum Kind {
    POISON,
    INFRASTRUCTURE,
    UNEXPECTED
  }

  private static final Logger log = LoggerFactory.getLogger(FailurePolicy.class);

  private final int maxAttempts;
  private final Duration firstBackoff;
  private final Duration maxBackoff;

  /**
   * @param maxAttempts attempts of a record that fails unexpectedly, before it is dead-lettered
   * @param firstBackoff the pause before the first retry; it doubles with every further retry
   * @param maxBackoff the longest pause between two attempts
   */
  public FailurePolicy(int maxAttempts, Duration firstBackoff, Duration maxBackoff) {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, not " + maxAttempts);
    }
    this.maxAttempts = maxAttempts;
    this.firstBackoff = firstBackoff;
    this.maxBackoff = maxBackoff;
  }

  static Kind classify(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof PoisonMessageException
          || cause instanceof DataIntegrityViolationException
          || cause instanceof R2dbcDataIntegrityViolationException) {
        return Kind.POISON;
      }
      if (cause instanceof TransientDataAccessException
          || cause instanceof DataAccessResourceFailureException
          || cause instanceof R2dbcTransientException
          || cause instanceof R2dbcNonTransientResourceException
          || cause instanceof RetriableException
          || cause instanceof TimeoutException
          || cause instanceof IOException) {
        return Kind.INFRASTRUCTURE;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return Kind.UNEXPECTED;
  }

  /**
   * Retries of one record's processing, as described above; each retry is reported to {@code
   * onRetry} first. When no retry is left, the failure itself is the error.
   */
  Retry retries(String what, Consumer<Throwable> onRetry) {
    return Retry.from(
        signals ->
            signals.concatMap(
                signal -> {
                  Throwable failure = signal.failure();
                  Kind kind = classify(failure);
                  long attempt = signal.totalRetries() + 1;
                  if (kind == Kind.POISON || (kind == Kind.UNEXPECTED && attempt >= maxAttempts)) {
                    return Mono.error(failure);
                  }
                  Duration pause = backoff(signal.totalRetries());
                  log.warn(
                      "Attempt {} of {} failed ({}); trying again in {}",
                      attempt,
                      what,
                      failure.toString(),
                      pause);
                  onRetry.accept(failure);
                  return Mono.delay(pause);
                }));
  }

  /** Retries for as long as it takes: for what must not be given up (the dead letters). */
  Retry forever(String what, Consumer<Throwable> onRetry) {
    return Retry.from(
        signals ->
            signals.concatMap(
                signal -> {
                  Duration pause = backoff(signal.totalRetries());
                  log.warn(
                      "Attempt {} of {} failed ({}); trying again in {}",
                      signal.totalRetries() + 1,
                      what,
                      signal.failure().toString(),
                      pause);
                  onRetry.accept(signal.failure());
                  return Mono.delay(pause);
                }));
  }

  Duration backoff(long retriesSoFar) {
    long factor = 1L << Math.min(retriesSoFar, 30);
    Duration pause = firstBackoff.multipliedBy(factor);
    return pause.compareTo(maxBackoff) > 0 ? maxBackoff : pause;
  }
}
