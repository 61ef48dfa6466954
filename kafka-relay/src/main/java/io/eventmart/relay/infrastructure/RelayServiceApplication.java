package io.eventmart.relay.infrastructure;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Kafka relay as a service of its own, connected to Axon Server: it reads the event stream and
 * publishes the integration events. Its settings are in {@code relay-service.yml}, not {@code
 * application.yml}, which would clash with the other modules' inside the standalone platform.
 */
@SpringBootApplication
public class RelayServiceApplication {

  public static void main(String[] args) {
    start(args);
  }

  static ConfigurableApplicationContext start(String... args) {
    return new SpringApplicationBuilder(RelayServiceApplication.class)
        .properties("spring.config.name=relay-service")
        .run(args);
  }
}
