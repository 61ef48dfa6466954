package io.eventmart.payment.infrastructure.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventmart.payment.gateway.GatewayUnavailableException;
import io.eventmart.payment.infrastructure.PaymentProperties;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.functions.Either;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** The Resilience4j setup that the default settings produce, as the brief specifies it. */
class GatewayResilienceTest {

  private static final PaymentProperties.Gateway DEFAULTS =
      new PaymentProperties.Gateway(
          Duration.ofSeconds(3),
          64,
          new PaymentProperties.Retry(3, Duration.ofMillis(200), 2.0),
          new PaymentProperties.CircuitBreaker(5, 5, 100, Duration.ofSeconds(60), 3));

  @Test
  void opensTheBreakerWhenAllOfTheLastFiveCallsFailedAndTriesThreeCallsAfterAMinute() {
    CircuitBreakerConfig config =
        GatewayResilience.circuitBreaker(DEFAULTS.circuitBreaker(), Clock.systemUTC());

    assertThat(config.getSlidingWindowType()).isEqualTo(SlidingWindowType.COUNT_BASED);
    assertThat(config.getSlidingWindowSize()).isEqualTo(5);
    assertThat(config.getMinimumNumberOfCalls()).isEqualTo(5);
    assertThat(config.getFailureRateThreshold()).isEqualTo(100f);
    assertThat(config.getWaitIntervalFunctionInOpenState().apply(1)).isEqualTo(60_000L);
    assertThat(config.getPermittedNumberOfCallsInHalfOpenState()).isEqualTo(3);
  }

  @Test
  void retriesThreeTimesInAllWithDoublingPauses() {
    RetryConfig config = GatewayResilience.retry(DEFAULTS.retry());
    IntervalBiFunction<Object> pauseAfter = config.getIntervalBiFunction();
    Either<Throwable, Object> failure = Either.left(new GatewayUnavailableException("503"));

    assertThat(config.getMaxAttempts()).isEqualTo(3);
    assertThat(pauseAfter.apply(1, failure)).isEqualTo(200L);
    assertThat(pauseAfter.apply(2, failure)).isEqualTo(400L);
  }

  @Test
  void retriesTechnicalFailuresAndTimeoutsOnly() {
    var retryable = GatewayResilience.retry(DEFAULTS.retry()).getExceptionPredicate();

    assertThat(retryable.test(new GatewayUnavailableException("503"))).isTrue();
    assertThat(retryable.test(new CompletionException(new GatewayUnavailableException("503"))))
        .isTrue();
    assertThat(retryable.test(new TimeoutException())).isTrue();
    assertThat(
            retryable.test(
                CallNotPermittedException.createCallNotPermittedException(
                    CircuitBreaker.ofDefaults("open"))))
        .isFalse();
    assertThat(retryable.test(new IllegalStateException("bug"))).isFalse();
  }

  @Test
  void cutsACallAfterThreeSecondsAndAbandonsIt() {
    TimeLimiterConfig config = GatewayResilience.timeLimiter(DEFAULTS.timeout());

    assertThat(config.getTimeoutDuration()).isEqualTo(Duration.ofSeconds(3));
    assertThat(config.shouldCancelRunningFuture()).isTrue();
  }
}
