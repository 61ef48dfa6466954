package io.eventmart.support;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tuning of the Axon infrastructure every EventMart service shares ({@code eventmart.*}).
 *
 * @param commandBus how commands are executed and retried
 * @param eventStore how the JDBC event store reads (used when Axon Server is disabled)
 * @param deadlines how persistent deadlines are polled
 */
@ConfigurationProperties("eventmart")
public record EventMartProperties(
    @DefaultValue CommandBus commandBus,
    @DefaultValue EventStore eventStore,
    @DefaultValue Deadlines deadlines) {

  /**
   * @param threads worker threads that execute commands, each in its own unit of work
   * @param maxRetries how often a command that failed for a transient reason (a concurrent append
   *     to the same aggregate, a lost connection) is tried again
   * @param retryBackoff the first pause before a retry; it doubles with each further attempt
   */
  public record CommandBus(
      @DefaultValue("8") int threads,
      @DefaultValue("3") int maxRetries,
      @DefaultValue("100ms") Duration retryBackoff) {}

  /**
   * Gap handling of the JDBC event store. A gap is a global index that a tracking processor has not
   * seen yet because the transaction that took it has not committed. The processor keeps checking a
   * gap for {@code gapTimeout}; gaps further behind the head than {@code maxGapOffset} are given
   * up; once a token holds more than {@code gapCleaningThreshold} gaps, timed-out ones are removed.
   *
   * @param gapTimeout how long a transaction may take to commit before its gap is given up
   * @param maxGapOffset how far behind the newest event a gap may be and still be tracked
   * @param gapCleaningThreshold how many gaps a token may hold before timed-out gaps are cleaned
   * @param batchSize how many events a processor reads per query
   */
  public record EventStore(
      @DefaultValue("60s") Duration gapTimeout,
      @DefaultValue("10000") int maxGapOffset,
      @DefaultValue("250") int gapCleaningThreshold,
      @DefaultValue("100") int batchSize) {}

  /**
   * @param pollingInterval how often due deadlines are looked for in the database
   * @param threads worker threads that run due deadlines
   */
  public record Deadlines(
      @DefaultValue("1s") Duration pollingInterval, @DefaultValue("4") int threads) {}
}
