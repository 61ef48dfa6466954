package io.eventmart.payment.infrastructure;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the payment module ({@code eventmart.payment.*}). Every value has a default, so the
 * module works in the platform without any configuration.
 *
 * @param gateway how gateway calls are guarded (time limit, retries, circuit breaker) and bounded
 * @param simulator how the built-in gateway simulator behaves under load tests
 */
@ConfigurationProperties("eventmart.payment")
public record PaymentProperties(@DefaultValue Gateway gateway, @DefaultValue Simulator simulator) {

  /**
   * @param timeout how long one gateway call may take before it is cut and counted as a failure
   * @param maxCallsInFlight how many payment events are worked on at once; beyond that the gateway
   *     processor waits for a call to finish
   * @param retry how technical failures and timeouts are retried
   * @param circuitBreaker when the gateway is given a rest
   */
  public record Gateway(
      @DefaultValue("3s") Duration timeout,
      @DefaultValue("64") int maxCallsInFlight,
      @DefaultValue Retry retry,
      @DefaultValue CircuitBreaker circuitBreaker) {}

  /**
   * Exponential back-off: the first retry waits {@code initialBackoff}, each further one {@code
   * backoffMultiplier} times longer.
   *
   * @param maxAttempts attempts in all, the first call included
   * @param initialBackoff the pause before the first retry
   * @param backoffMultiplier how much longer each further pause is
   */
  public record Retry(
      @DefaultValue("3") int maxAttempts,
      @DefaultValue("200ms") Duration initialBackoff,
      @DefaultValue("2.0") double backoffMultiplier) {}

  /**
   * A count-based breaker: once {@code minimumNumberOfCalls} calls were made and at least {@code
   * failureRateThreshold} percent of the last {@code slidingWindowSize} failed, it opens for {@code
   * waitInOpenState}, then lets {@code permittedCallsInHalfOpenState} trial calls through.
   *
   * @param slidingWindowSize how many of the latest calls are counted
   * @param minimumNumberOfCalls how many calls are needed before the failure rate counts
   * @param failureRateThreshold the failure percentage that opens the breaker
   * @param waitInOpenState how long calls fail fast once the breaker is open
   * @param permittedCallsInHalfOpenState trial calls that decide whether it closes again
   */
  public record CircuitBreaker(
      @DefaultValue("5") int slidingWindowSize,
      @DefaultValue("5") int minimumNumberOfCalls,
      @DefaultValue("100") float failureRateThreshold,
      @DefaultValue("60s") Duration waitInOpenState,
      @DefaultValue("3") int permittedCallsInHalfOpenState) {}

  /**
   * Load-test knobs of the built-in simulator; all zero by default, so it answers at once and fails
   * only for the tokens that are meant to fail.
   *
   * @param latency how long every answer takes
   * @param jitter up to how much longer, drawn at random per call
   * @param failureRate the share of calls (0 to 1) that fail with a technical error
   */
  public record Simulator(
      @DefaultValue("0ms") Duration latency,
      @DefaultValue("0ms") Duration jitter,
      @DefaultValue("0") double failureRate) {

    public Simulator {
      if (latency.isNegative() || jitter.isNegative()) {
        throw new IllegalArgumentException("simulator latency and jitter cannot be negative");
      }
      if (failureRate < 0 || failureRate > 1) {
        throw new IllegalArgumentException(
            "simulator failure-rate must be between 0 and 1, not " + failureRate);
      }
    }
  }
}
