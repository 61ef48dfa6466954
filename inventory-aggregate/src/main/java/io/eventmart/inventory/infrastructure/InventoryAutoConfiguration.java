package io.eventmart.inventory.infrastructure;

import io.eventmart.inventory.product.Product;
import io.eventmart.inventory.product.SkuRegistry;
import io.eventmart.support.schema.SchemaMigration;
import java.time.Clock;
import javax.sql.DataSource;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.AggregateConfiguration;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.SnapshotterSpanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The inventory module, wherever its jar is on the classpath (the standalone platform, or the
 * inventory service): the product aggregate with snapshots, the SKU registry it claims SKUs in, the
 * product registry orders consult, and the {@code inventory} schema both live in.
 */
@AutoConfiguration
@EnableConfigurationProperties(InventoryProperties.class)
public class InventoryAutoConfiguration {

  static final String SCHEMA = "inventory";

  @Bean
  public SchemaMigration inventorySchemaMigration() {
    return new SchemaMigration(SCHEMA, "classpath:db/" + SCHEMA);
  }

  /** Resolved as a handler parameter of the product's registration. */
  @Bean
  public SkuRegistry skuRegistry(DataSource dataSource, Clock clock) {
    return new JdbcSkuRegistry(new JdbcTemplate(dataSource), clock);
  }

  /**
   * Registers the product aggregate. A busy product collects thousands of stock events, so its
   * state is snapshotted every {@code eventmart.inventory.snapshot-threshold} events.
   */
  @Bean
  public ConfigurerModule inventoryAxonModule(InventoryProperties properties) {
    return configurer -> {
      AggregateConfigurer<Product> product =
          AggregateConfigurer.defaultConfiguration(Product.class);
      product.configureSnapshotTrigger(
          axon ->
              new EventCountSnapshotTriggerDefinition(
                  productSnapshotter(axon, product), properties.snapshotThreshold()));
      configurer.configureAggregate(product);
      configurer
          .eventProcessing()
          .registerSubscribingEventProcessor(ProductRegistry.PROCESSING_GROUP);
    };
  }

  /** Answers {@code FindProductsForOrdering}; kept current in the product's own transaction. */
  @Bean
  public ProductRegistry productRegistry(DataSource dataSource) {
    return new ProductRegistry(new NamedParameterJdbcTemplate(dataSource));
  }

  /**
   * A snapshotter of its own: the one Spring Boot declares finds aggregate factories among Spring
   * beans only, so it cannot snapshot an aggregate registered through a {@link ConfigurerModule}
   * (it logs "Aggregate Type is unknown in this snapshotter" and stores nothing).
   */
  private static Snapshotter productSnapshotter(
      Configuration axon, AggregateConfiguration<Product> product) {
    return AggregateSnapshotter.builder()
        .eventStore(axon.eventStore())
        .aggregateFactories(product.aggregateFactory())
        .repositoryProvider(axon::repository)
        .parameterResolverFactory(axon.parameterResolverFactory())
        .handlerDefinition(axon.handlerDefinition(Product.class))
        .transactionManager(axon.getComponent(TransactionManager.class))
        .spanFactory(axon.getComponent(SnapshotterSpanFactory.class))
        .build();
  }
}
