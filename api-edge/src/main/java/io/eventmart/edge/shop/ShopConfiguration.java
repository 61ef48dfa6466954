package io.eventmart.edge.shop;

import io.eventmart.edge.admin.ProjectionAdminConfiguration;
import io.eventmart.edge.analytics.AnalyticsConfiguration;
import io.eventmart.edge.cart.CartConfiguration;
import io.eventmart.edge.catalog.CatalogConfiguration;
import io.eventmart.edge.infrastructure.EdgeProperties;
import io.eventmart.edge.order.OrderConfiguration;
import io.eventmart.edge.payment.PaymentConfiguration;
import io.eventmart.edge.search.SearchConfiguration;
import org.axonframework.extensions.reactor.commandhandling.gateway.ReactorCommandGateway;
import org.axonframework.extensions.reactor.queryhandling.gateway.ReactorQueryGateway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The shop API: catalog, search, carts, orders, payments, analytics and the operation of the read
 * models, one configuration per feature, all talking to the platform through one {@link
 * PlatformGateway}.
 */
@Configuration(proxyBeanMethods = false)
@Import({
  CatalogConfiguration.class,
  SearchConfiguration.class,
  CartConfiguration.class,
  OrderConfiguration.class,
  PaymentConfiguration.class,
  AnalyticsConfiguration.class,
  ProjectionAdminConfiguration.class
})
public class ShopConfiguration {

  @Bean
  PlatformGateway platformGateway(
      ReactorCommandGateway commands, ReactorQueryGateway queries, EdgeProperties properties) {
    return new PlatformGateway(commands, queries, properties.requestTimeout());
  }

  @Bean
  CommonResponses commonResponses() {
    return new CommonResponses();
  }

  @Bean
  ProblemResponses problemResponses() {
    return new ProblemResponses();
  }

  @Bean
  EventStreamProblems eventStreamProblems() {
    return new EventStreamProblems();
  }
}
