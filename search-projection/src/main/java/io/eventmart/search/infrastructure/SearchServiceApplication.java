package io.eventmart.search.infrastructure;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The search service on its own, connected to Axon Server: it keeps the product index current from
 * the product events and answers the search queries routed to it. Its settings are in {@code
 * search-service.yml}, not {@code application.yml}, which would clash with the other modules'
 * inside the standalone platform; the module itself is configured by {@link
 * SearchAutoConfiguration}, exactly as in the platform.
 */
@SpringBootApplication
public class SearchServiceApplication {

  public static void main(String[] args) {
    start(args);
  }

  static ConfigurableApplicationContext start(String... args) {
    return new SpringApplicationBuilder(SearchServiceApplication.class)
        .properties("spring.config.name=search-service")
        .run(args);
  }
}
