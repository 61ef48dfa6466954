package io.eventmart.order.infrastructure;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The order module as a service of its own, connected to Axon Server. Its settings live in {@code
 * order-service.yml} rather than {@code application.yml}, which would clash with the other modules'
 * inside the standalone platform.
 */
@SpringBootApplication
public class OrderServiceApplication {

  public static void main(String[] args) {
    new SpringApplicationBuilder(OrderServiceApplication.class)
        .properties("spring.config.name=order-service")
        .run(args);
  }
}
