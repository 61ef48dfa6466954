package io.eventmart.edge.order;

import io.eventmart.edge.shop.PlatformGateway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.util.IdGenerator;

/** Orders: placement, reading, cancellation, the lifecycle steps and the status streams. */
@Configuration(proxyBeanMethods = false)
@Import({OrderController.class, OrderStreamController.class})
public class OrderConfiguration {

  @Bean
  OrderPlacement orderPlacement(PlatformGateway platform, IdGenerator ids) {
    return new OrderPlacement(platform, ids);
  }
}
