package io.eventmart.payment.infrastructure;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The payment module as a service of its own, connected to Axon Server: it handles the payment
 * commands routed to it and runs the gateway processor. Its settings are in {@code
 * payment-service.yml}, so they never clash with the platform's when the module is composed there.
 */
@SpringBootApplication
public class PaymentServiceApplication {

  public static void main(String[] args) {
    new SpringApplicationBuilder(PaymentServiceApplication.class)
        .properties("spring.config.name=payment-service")
        .run(args);
  }
}
