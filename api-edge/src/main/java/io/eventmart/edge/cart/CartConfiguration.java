package io.eventmart.edge.cart;

import io.eventmart.edge.order.OrderPlacement;
import io.eventmart.edge.shop.PlatformGateway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The customer's cart and its checkout. */
@Configuration(proxyBeanMethods = false)
@Import(CartController.class)
public class CartConfiguration {

  @Bean
  CartCheckout cartCheckout(PlatformGateway platform, OrderPlacement placement) {
    return new CartCheckout(platform, placement);
  }
}
