package io.eventmart.support;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How every EventMart service watches itself ({@code eventmart.operations.*}): its health checks
 * and the projection gauges. Every value has a default, so no service needs any configuration.
 *
 * @param health how health indicators that reach a server behave
 * @param projectionMetrics how often the projection gauges are brought up to date
 */
@ConfigurationProperties("eventmart.operations")
public record OperationsProperties(
    @DefaultValue Health health, @DefaultValue ProjectionMetrics projectionMetrics) {

  /**
   * A probe must get an answer quickly even when a server hangs, and must not turn every probe of
   * every replica into a request to a remote cluster.
   *
   * @param timeout how long a health check may take; a check that has not answered by then counts
   *     as DOWN (it keeps running, and its result serves the next probe)
   * @param cacheFor how long the result of a check of a remote cluster (Kafka) is reused
   */
  public record Health(
      @DefaultValue("2s") Duration timeout, @DefaultValue("5s") Duration cacheFor) {

    public Health {
      requirePositive("health.timeout", timeout);
      if (cacheFor.isNegative()) {
        throw new IllegalArgumentException(
            "eventmart.operations.health.cache-for must not be negative");
      }
    }
  }

  /**
   * @param interval how often each projection's status is read for the gauges; a status older than
   *     three intervals is reported as unknown
   */
  public record ProjectionMetrics(@DefaultValue("5s") Duration interval) {

    public ProjectionMetrics {
      requirePositive("projection-metrics.interval", interval);
    }
  }

  private static void requirePositive(String name, Duration value) {
    if (value.isZero() || value.isNegative()) {
      throw new IllegalArgumentException("eventmart.operations." + name + " must be positive");
    }
  }
}
