package io.eventmart.payment.infrastructure.gateway;

import io.eventmart.payment.infrastructure.PaymentProperties;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import java.time.Clock;
import java.time.Duration;

/**
 * The Resilience4j configuration of gateway calls, built in code from {@code
 * eventmart.payment.gateway.*} (see {@link PaymentProperties.Gateway}) so that the module needs no
 * Resilience4j Spring Boot integration and tests get exactly the production setup.
 */
public final class GatewayResilience {

  /** The name of the breaker, retry and time limiter, as it shows in metrics. */
  public static final String NAME = "payment-gateway";

  private GatewayResilience() {}

  /** Opens after a run of failures, fails fast while open, then tries a few calls half-open. */
  public static CircuitBreakerConfig circuitBreaker(
      PaymentProperties.CircuitBreaker settings, Clock clock) {
    return CircuitBreakerConfig.custom()
        .slidingWindowType(SlidingWindowType.COUNT_BASED)
        .slidingWindowSize(settings.slidingWindowSize())
        .minimumNumberOfCalls(settings.minimumNumberOfCalls())
        .failureRateThreshold(settings.failureRateThreshold())
        .waitDurationInOpenState(settings.waitInOpenState())
        .permittedNumberOfCallsInHalfOpenState(settings.permittedCallsInHalfOpenState())
        .clock(clock)
        .build();
  }

  /** Retries technical failures and timeouts with exponential back-off, nothing else. */
  public static RetryConfig retry(PaymentProperties.Retry settings) {
    return RetryConfig.custom()
        .maxAttempts(settings.maxAttempts())
        .intervalFunction(
            IntervalFunction.ofExponentialBackoff(
                settings.initialBackoff(), settings.backoffMultiplier()))
        .retryOnException(ResilientPaymentGateway::isTransient)
        .build();
  }

  /** Cuts an attempt after {@code timeout}. */
  public static TimeLimiterConfig timeLimiter(Duration timeout) {
    return TimeLimiterConfig.custom().timeoutDuration(timeout).cancelRunningFuture(true).build();
  }
}
