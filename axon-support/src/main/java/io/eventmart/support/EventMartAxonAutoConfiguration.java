package io.eventmart.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventmart.support.command.DomainErrorInterceptor;
import io.eventmart.support.command.TransientFailures;
import io.eventmart.support.correlation.RequestCorrelationProvider;
import io.eventmart.support.health.EventStoreHealthIndicator;
import io.eventmart.support.health.HealthChecks;
import io.eventmart.support.serialization.AxonObjectMapper;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.axonframework.commandhandling.AsynchronousCommandBus;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandBusSpanFactory;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.DuplicateCommandHandlerResolver;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.commandhandling.gateway.ExponentialBackOffIntervalRetryScheduler;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * The Axon conventions every EventMart service runs with, whether it is part of the standalone
 * platform or a service of its own against Axon Server:
 *
 * <ul>
 *   <li>Jackson for events, messages and everything else Axon stores;
 *   <li>correlation, causation and user ids on every message ({@link RequestCorrelationProvider});
 *   <li>commands validated (Bean Validation) and their refusals translated into {@link
 *       io.eventmart.contracts.error.DomainError}s before they leave the handling side;
 *   <li>commands executed on a worker pool, each in its own unit of work and transaction, so a
 *       caller (a Netty event loop, a saga) never blocks on a handler or shares its transaction;
 *   <li>transient command failures retried with exponential back-off;
 *   <li>a {@link Clock} for the code that needs the time;
 *   <li>health checks that answer in time ({@link HealthChecks}), and the event store's health.
 * </ul>
 */
@AutoConfiguration(before = AxonAutoConfiguration.class)
@EnableConfigurationProperties({EventMartProperties.class, OperationsProperties.class})
public class EventMartAxonAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  public Clock clock() {
    return Clock.systemUTC();
  }

  /** Picked up by Axon's Jackson serializer ({@code axon.serializer.*=jackson}). */
  @Bean("defaultAxonObjectMapper")
  @ConditionalOnMissingBean(name = "defaultAxonObjectMapper")
  public ObjectMapper defaultAxonObjectMapper() {
    return AxonObjectMapper.create();
  }

  @Bean
  public CorrelationDataProvider requestCorrelationProvider() {
    return new RequestCorrelationProvider();
  }

  /** Validates commands; qualified because web stacks bring validator factories of their own. */
  @Bean(destroyMethod = "close")
  @Qualifier("commandValidatorFactory") public ValidatorFactory commandValidatorFactory() {
    return Validation.byDefaultProvider()
        .configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory();
  }

  @Bean(destroyMethod = "shutdown")
  @Qualifier("commandExecutor") public ExecutorService commandExecutor(EventMartProperties properties) {
    return Executors.newFixedThreadPool(
        properties.commandBus().threads(), new AxonThreadFactory("command-bus"));
  }

  /**
   * The bus that executes this service's command handlers. Behind Axon Server it is the local
   * segment that runs the commands routed to this service.
   */
  @Bean
  @Qualifier("localSegment") public AsynchronousCommandBus commandBus(
      TransactionManager transactionManager,
      Configuration axonConfiguration,
      DuplicateCommandHandlerResolver duplicateCommandHandlerResolver,
      @Qualifier("commandExecutor") ExecutorService commandExecutor,
      @Qualifier("commandValidatorFactory") ValidatorFactory validatorFactory) {
    MessageMonitor<? super CommandMessage<?>> monitor =
        axonConfiguration.messageMonitor(CommandBus.class, "commandBus");
    AsynchronousCommandBus commandBus =
        AsynchronousCommandBus.builder()
            .executor(commandExecutor)
            .transactionManager(transactionManager)
            .duplicateCommandHandlerResolver(duplicateCommandHandlerResolver)
            .spanFactory(axonConfiguration.getComponent(CommandBusSpanFactory.class))
            .messageMonitor(monitor)
            .build();
    // Outermost first: correlation data for whatever the handler creates, then the translation of
    // refusals (so it also sees validation failures), then validation itself.
    commandBus.registerHandlerInterceptor(
        new CorrelationDataInterceptor<>(axonConfiguration.correlationDataProviders()));
    commandBus.registerHandlerInterceptor(new DomainErrorInterceptor());
    commandBus.registerHandlerInterceptor(new BeanValidationInterceptor<>(validatorFactory));
    return commandBus;
  }

  @Bean(destroyMethod = "shutdown")
  @Qualifier("commandRetryExecutor") public ScheduledExecutorService commandRetryExecutor() {
    return Executors.newSingleThreadScheduledExecutor(new AxonThreadFactory("command-retry"));
  }

  @Bean
  @ConditionalOnMissingBean
  public CommandGateway commandGateway(
      CommandBus commandBus,
      EventMartProperties properties,
      @Qualifier("commandRetryExecutor") ScheduledExecutorService retryExecutor) {
    var retryScheduler =
        ExponentialBackOffIntervalRetryScheduler.builder()
            .retryExecutor(retryExecutor)
            .maxRetryCount(properties.commandBus().maxRetries())
            .backoffFactor(properties.commandBus().retryBackoff().toMillis())
            .nonTransientFailurePredicate(TransientFailures.nonTransient())
            .build();
    return DefaultCommandGateway.builder()
        .commandBus(commandBus)
        .retryScheduler(retryScheduler)
        .build();
  }

  /** Makes every module's health checks answer within the configured time limit. */
  @Bean
  public HealthChecks healthChecks(OperationsProperties properties, Clock clock) {
    return new HealthChecks(properties.health(), clock);
  }

  /**
   * Reported as health component {@code eventStore}: the event store of the platform (PostgreSQL)
   * or of the service (Axon Server) answers.
   */
  @Bean
  public HealthIndicator eventStoreHealthIndicator(
      HealthChecks healthChecks, ObjectProvider<Configuration> axonConfiguration) {
    return healthChecks.timeLimited(
        new EventStoreHealthIndicator(() -> axonConfiguration.getObject().eventStore()));
  }
}
