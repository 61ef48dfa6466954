package io.eventmart.inventory.infrastructure;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The inventory service on its own, connected to Axon Server: it handles the product commands
 * routed to it. Its settings are in {@code inventory-service.yml}, not {@code application.yml},
 * which would clash with the other modules' inside the standalone platform; the module itself is
 * configured by {@link InventoryAutoConfiguration}, exactly as in the platform.
 */
@SpringBootApplication
public class InventoryServiceApplication {

  public static void main(String[] args) {
    start(args);
  }

  static ConfigurableApplicationContext start(String... args) {
    return new SpringApplicationBuilder(InventoryServiceApplication.class)
        .properties("spring.config.name=inventory-service")
        .run(args);
  }
}
