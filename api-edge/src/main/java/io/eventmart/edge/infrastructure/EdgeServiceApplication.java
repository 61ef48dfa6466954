package io.eventmart.edge.infrastructure;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The edge on its own, connected to Axon Server: it sends commands and queries there and serves the
 * HTTP API on port 8080. Settings in {@code edge-service.yml}.
 */
@SpringBootApplication
public class EdgeServiceApplication {

  public static void main(String[] args) {
    new SpringApplicationBuilder(EdgeServiceApplication.class)
        .properties("spring.config.name=edge-service")
        .run(args);
  }
}
