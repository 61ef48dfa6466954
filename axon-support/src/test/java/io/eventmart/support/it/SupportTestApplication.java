package io.eventmart.support.it;

import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
class SupportTestApplication {

  @Bean
  ConfigurerModule counterModule() {
    return configurer -> {
      configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(Counter.class));
      configurer.eventProcessing().registerSaga(ReminderSaga.class);
    };
  }
}
