package io.eventmart.payment.infrastructure;

import io.eventmart.payment.gateway.PaymentGateway;
import io.eventmart.payment.gateway.PaymentGatewayProcessor;
import io.eventmart.payment.infrastructure.gateway.GatewayResilience;
import io.eventmart.payment.infrastructure.gateway.ResilientPaymentGateway;
import io.eventmart.payment.infrastructure.gateway.SimulatedPaymentGateway;
import io.eventmart.payment.infrastructure.metrics.PaymentMetrics;
import io.eventmart.payment.payment.Payment;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedTimeLimiterMetrics;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Everything the payment module brings to a Spring Boot application, whether the standalone
 * platform or the payment service of its own:
 *
 * <ul>
 *   <li>the event-sourced {@link Payment} aggregate;
 *   <li>the {@link PaymentGatewayProcessor} in its own processing group, behind Resilience4j;
 *   <li>the {@link PaymentGateway} port, answered by the {@link SimulatedPaymentGateway} unless the
 *       application declares a real gateway bean;
 *   <li>circuit breaker, retry and time limiter metrics, whenever a Micrometer registry exists;
 *   <li>the payment outcome counters ({@link PaymentMetrics}).
 * </ul>
 */
@AutoConfiguration
@EnableConfigurationProperties(PaymentProperties.class)
public class PaymentAutoConfiguration {

  /** Delivers simulated answers, times gateway calls out and paces their retries. */
  @Bean(destroyMethod = "shutdownNow")
  @Qualifier("paymentGatewayScheduler") public ScheduledExecutorService paymentGatewayScheduler() {
    return Executors.newScheduledThreadPool(2, new AxonThreadFactory("payment-gateway"));
  }

  /** The default gateway; declaring another {@link PaymentGateway} bean replaces it. */
  @Bean
  @ConditionalOnMissingBean(PaymentGateway.class)
  public SimulatedPaymentGateway simulatedPaymentGateway(
      PaymentProperties properties,
      @Qualifier("paymentGatewayScheduler") ScheduledExecutorService scheduler) {
    return new SimulatedPaymentGateway(properties.simulator(), scheduler, new Random());
  }

  @Bean
  public CircuitBreakerRegistry paymentGatewayCircuitBreakers(
      PaymentProperties properties, Clock clock) {
    return CircuitBreakerRegistry.of(
        GatewayResilience.circuitBreaker(properties.gateway().circuitBreaker(), clock));
  }

  @Bean
  public RetryRegistry paymentGatewayRetries(PaymentProperties properties) {
    return RetryRegistry.of(GatewayResilience.retry(properties.gateway().retry()));
  }

  @Bean
  public TimeLimiterRegistry paymentGatewayTimeLimiters(PaymentProperties properties) {
    return TimeLimiterRegistry.of(GatewayResilience.timeLimiter(properties.gateway().timeout()));
  }

  /** Spring Boot binds this to the application's meter registry, if it has one. */
  @Bean
  public MeterBinder paymentGatewayMetrics(
      CircuitBreakerRegistry paymentGatewayCircuitBreakers,
      RetryRegistry paymentGatewayRetries,
      TimeLimiterRegistry paymentGatewayTimeLimiters) {
    return meterRegistry -> {
      TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(paymentGatewayCircuitBreakers)
          .bindTo(meterRegistry);
      TaggedRetryMetrics.ofRetryRegistry(paymentGatewayRetries).bindTo(meterRegistry);
      TaggedTimeLimiterMetrics.ofTimeLimiterRegistry(paymentGatewayTimeLimiters)
          .bindTo(meterRegistry);
    };
  }

  /**
   * Registers the aggregate and the gateway processor with Axon. The processor starts at the head
   * of the event stream the first time it runs: a new deployment must not charge for payments of
   * the past.
   */
  @Bean
  public ConfigurerModule paymentConfigurerModule(
      PaymentGateway paymentGateway,
      CircuitBreakerRegistry paymentGatewayCircuitBreakers,
      RetryRegistry paymentGatewayRetries,
      TimeLimiterRegistry paymentGatewayTimeLimiters,
      @Qualifier("paymentGatewayScheduler") ScheduledExecutorService scheduler,
      PaymentProperties properties) {
    PaymentGateway resilientGateway =
        new ResilientPaymentGateway(
            paymentGateway,
            paymentGatewayCircuitBreakers.circuitBreaker(GatewayResilience.NAME),
            paymentGatewayRetries.retry(GatewayResilience.NAME),
            paymentGatewayTimeLimiters.timeLimiter(GatewayResilience.NAME),
            scheduler);
    return configurer -> {
      configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(Payment.class));
      configurer
          .eventProcessing()
          .registerTrackingEventProcessorConfiguration(
              PaymentGatewayProcessor.PROCESSING_GROUP,
              config ->
                  TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                      .andInitialTrackingToken(StreamableMessageSource::createHeadToken))
          .registerEventHandler(
              config ->
                  new PaymentGatewayProcessor(
                      resilientGateway,
                      config.commandGateway(),
                      config.queryGateway(),
                      properties.gateway().maxCallsInFlight()));
    };
  }

  /**
   * Counts payment outcomes as they are recorded ({@link PaymentMetrics}), in a subscribing
   * processor: it measures what this instance records from now on, never the history.
   */
  @Bean
  public ConfigurerModule paymentMetricsModule(MeterRegistry meterRegistry) {
    return configurer ->
        configurer
            .eventProcessing()
            .registerSubscribingEventProcessor(PaymentMetrics.PROCESSING_GROUP)
            .registerEventHandler(axon -> new PaymentMetrics(meterRegistry));
  }
}
