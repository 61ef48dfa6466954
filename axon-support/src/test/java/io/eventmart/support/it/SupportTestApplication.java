package io.eventmart.support.it;

import io.eventmart.support.projection.Projection;
import io.eventmart.support.projection.TrackingProjection;
import java.util.concurrent.ScheduledExecutorService;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
class SupportTestApplication {

  @Bean
  CounterTally counterTally() {
    return new CounterTally();
  }

  @Bean
  Projection counterTallyProjection(
      Configuration axon,
      @Qualifier("projectionWatcher") ScheduledExecutorService watcher,
      CounterTally tally) {
    return TrackingProjection.of(
        "counter-tally",
        CounterTally.GROUP,
        axon,
        watcher,
        new TrackingProjection.RebuildListener() {
          @Override
          public void afterReplay() {
            tally.rebuildsFinished.incrementAndGet();
          }
        });
  }

  @Bean
  ConfigurerModule counterModule() {
    return configurer -> {
      configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(Counter.class));
      configurer.eventProcessing().registerSaga(ReminderSaga.class);
    };
  }
}
