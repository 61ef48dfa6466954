package io.eventmart.payment.it;

import io.eventmart.payment.gateway.PaymentMethodsOnFile;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The payment module alone, as the payment service runs it (see {@code PaymentServiceApplication}),
 * plus what the order service would answer: the payment method on file for an order.
 */
@SpringBootApplication
class PaymentTestApplication {

  @Bean
  PaymentMethodsOnFile paymentMethodsOnFile() {
    return new PaymentMethodsOnFile();
  }
}
