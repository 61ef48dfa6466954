package io.eventmart.analytics.infrastructure;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The analytics service on its own: it consumes the integration topics into its PostgreSQL schema
 * and answers the analytics queries routed to it by Axon Server. Its settings are in {@code
 * analytics-service.yml}, not {@code application.yml}, which would clash with the other modules'
 * inside the standalone platform.
 */
@SpringBootApplication
public class AnalyticsServiceApplication {

  public static void main(String[] args) {
    start(args);
  }

  static ConfigurableApplicationContext start(String... args) {
    return new SpringApplicationBuilder(AnalyticsServiceApplication.class)
        .properties("spring.config.name=analytics-service")
        .run(args);
  }
}
