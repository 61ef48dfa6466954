package io.eventmart.order.infrastructure;

import io.eventmart.order.cart.Cart;
import io.eventmart.order.catalog.ProductCatalog;
import io.eventmart.order.infrastructure.metrics.OrderMetrics;
import io.eventmart.order.order.Order;
import io.eventmart.order.paymentmethod.PaymentMethodErasure;
import io.eventmart.order.paymentmethod.PaymentMethodLookup;
import io.eventmart.order.paymentmethod.PaymentMethodVault;
import io.eventmart.order.saga.OrderSaga;
import io.eventmart.order.saga.OrderSagaSettings;
import io.eventmart.support.schema.SchemaMigration;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import javax.sql.DataSource;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Everything the order module brings to a Spring Boot application, the standalone platform or the
 * order service alike: the order and cart aggregates, the order saga, the payment method vault with
 * its query and erasure handlers, the {@code orders} schema, and the order metrics.
 *
 * <p>Domain classes carry no Spring stereotypes; they are registered with Axon here. Handler
 * parameters that are not the message ({@link PaymentMethodVault}, {@link OrderSagaSettings}, the
 * command gateway, the deadline manager) are resolved from the beans of the application.
 */
@AutoConfiguration
@EnableConfigurationProperties(OrderProperties.class)
public class OrderAutoConfiguration {

  private static final String SCHEMA = "orders";

  @Bean
  public SchemaMigration orderSchemaMigration() {
    return new SchemaMigration(SCHEMA, "classpath:db/" + SCHEMA);
  }

  @Bean
  public PaymentMethodVault paymentMethodVault(DataSource dataSource, Clock clock) {
    return new JdbcPaymentMethodVault(new JdbcTemplate(dataSource), clock);
  }

  /** Resolved as a handler parameter wherever a cart or an order takes products in. */
  @Bean
  public ProductCatalog productCatalog(QueryGateway queries, OrderProperties properties) {
    return new QueryingProductCatalog(queries, properties.catalogTimeout());
  }

  @Bean
  public OrderSagaSettings orderSagaSettings(OrderProperties properties) {
    return new OrderSagaSettings(
        properties.saga().paymentTimeout(), properties.saga().reservationTimeout());
  }

  @Bean
  public ConfigurerModule orderConfigurerModule(PaymentMethodVault paymentMethodVault) {
    return configurer -> {
      configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(Order.class));
      configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(Cart.class));
      configurer.registerQueryHandler(c -> new PaymentMethodLookup(paymentMethodVault));
      configurer
          .eventProcessing()
          // A tracking processor on the event store, so the saga catches up after a restart. On
          // its very first start it begins at the head: a new deployment must not start sagas for
          // orders placed long ago.
          .registerTrackingEventProcessor(
              OrderSaga.PROCESSING_GROUP,
              c -> c.eventStore(),
              c ->
                  TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                      .andInitialTrackingToken(StreamableMessageSource::createHeadToken))
          .registerSaga(OrderSaga.class)
          .registerTrackingEventProcessor(PaymentMethodErasure.PROCESSING_GROUP)
          .registerEventHandler(c -> new PaymentMethodErasure(paymentMethodVault));
    };
  }

  /**
   * Counts orders and times the saga as orders are recorded ({@link OrderMetrics}), in a
   * subscribing processor: it measures what this instance records from now on, never the history.
   */
  @Bean
  public ConfigurerModule orderMetricsModule(MeterRegistry meterRegistry) {
    return configurer ->
        configurer
            .eventProcessing()
            .registerSubscribingEventProcessor(OrderMetrics.PROCESSING_GROUP)
            .registerEventHandler(axon -> new OrderMetrics(meterRegistry, axon.eventStore()));
  }
}
