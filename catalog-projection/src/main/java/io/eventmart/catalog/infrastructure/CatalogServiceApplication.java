package io.eventmart.catalog.infrastructure;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The catalog service on its own, connected to Axon Server: it projects the events into the catalog
 * read model and answers the catalog's queries routed to it. Its settings are in {@code
 * catalog-service.yml}, not {@code application.yml}, which would clash with the other modules'
 * inside the standalone platform; the module itself is configured by {@link
 * CatalogAutoConfiguration}, exactly as in the platform.
 */
@SpringBootApplication
public class CatalogServiceApplication {

  public static void main(String[] args) {
    start(args);
  }

  static ConfigurableApplicationContext start(String... args) {
    return new SpringApplicationBuilder(CatalogServiceApplication.class)
        .properties("spring.config.name=catalog-service")
        .run(args);
  }
}
