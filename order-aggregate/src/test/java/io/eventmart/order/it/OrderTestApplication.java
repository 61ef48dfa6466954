package io.eventmart.order.it;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The order module alone in a Spring Boot application, wired by its auto-configuration. */
@SpringBootApplication
class OrderTestApplication {

  @Bean
  EveryProductOnSale everyProductOnSale() {
    return new EveryProductOnSale();
  }
}
