package io.eventmart.audit.infrastructure;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The audit service on its own, connected to Axon Server: it keeps the audit log and answers the
 * audit queries routed to it, reading histories from Axon Server's event store. Its settings are in
 * {@code audit-service.yml}, not {@code application.yml}, which would clash with the other modules'
 * inside the standalone platform; the module itself is configured by {@link
 * AuditAutoConfiguration}, exactly as in the platform.
 */
@SpringBootApplication
public class AuditServiceApplication {

  public static void main(String[] args) {
    start(args);
  }

  static ConfigurableApplicationContext start(String... args) {
    return new SpringApplicationBuilder(AuditServiceApplication.class)
        .properties("spring.config.name=audit-service")
        .run(args);
  }
}
