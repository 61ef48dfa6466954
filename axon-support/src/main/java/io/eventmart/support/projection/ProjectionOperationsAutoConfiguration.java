package io.eventmart.support.projection;

import io.eventmart.support.EventMartAxonAutoConfiguration;
import io.eventmart.support.OperationsProperties;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.lifecycle.Phase;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Lets the edge see and rebuild this service's projections (every {@link Projection} bean): a
 * handler of the scattered status query, and a rebuild command per projection; and lets Prometheus
 * watch them ({@link ProjectionMetrics}).
 */
@AutoConfiguration(after = EventMartAxonAutoConfiguration.class)
@EnableConfigurationProperties(OperationsProperties.class)
public class ProjectionOperationsAutoConfiguration {

  /** Watches running rebuilds for the moment they catch up. */
  @Bean(destroyMethod = "shutdownNow")
  @Qualifier("projectionWatcher") public ScheduledExecutorService projectionWatcher() {
    return Executors.newSingleThreadScheduledExecutor(new AxonThreadFactory("projection-watcher"));
  }

  @Bean
  public ProjectionOperationsHandler projectionOperationsHandler(
      ObjectProvider<Projection> projections) {
    return new ProjectionOperationsHandler(() -> projections.orderedStream().toList());
  }

  @Bean
  public ConfigurerModule projectionReplayCommands(ProjectionOperationsHandler handler) {
    return configurer ->
        configurer.onInitialize(
            axon ->
                axon.onStart(
                    Phase.LOCAL_MESSAGE_HANDLER_REGISTRATIONS,
                    () -> handler.subscribeReplayCommands(axon.commandBus())));
  }

  /** Gauges of each projection's lag, position and state, sampled in the background. */
  @Bean
  public ProjectionMetrics projectionMetrics(
      ObjectProvider<Projection> projections, OperationsProperties properties, Clock clock) {
    return new ProjectionMetrics(
        () -> projections.orderedStream().toList(),
        properties.projectionMetrics().interval(),
        clock);
  }
}
