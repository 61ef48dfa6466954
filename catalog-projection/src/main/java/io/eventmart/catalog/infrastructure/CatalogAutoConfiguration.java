package io.eventmart.catalog.infrastructure;

import static io.eventmart.catalog.readmodel.CatalogReadModel.PROCESSING_GROUP;
import static io.eventmart.catalog.readmodel.CatalogReadModel.PROJECTION_NAME;
import static io.eventmart.catalog.readmodel.CatalogReadModel.SCHEMA;

import io.eventmart.catalog.cart.CartProjection;
import io.eventmart.catalog.cart.CartQueries;
import io.eventmart.catalog.order.OrderProjection;
import io.eventmart.catalog.order.OrderQueries;
import io.eventmart.catalog.payment.PaymentProjection;
import io.eventmart.catalog.payment.PaymentQueries;
import io.eventmart.catalog.product.ProductProjection;
import io.eventmart.catalog.product.ProductQueries;
import io.eventmart.catalog.readmodel.ReadModelStore;
import io.eventmart.support.projection.Projection;
import io.eventmart.support.projection.TrackingProjection;
import io.eventmart.support.schema.SchemaMigration;
import io.r2dbc.spi.ConnectionFactory;
import java.util.concurrent.ScheduledExecutorService;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * The catalog read model, wherever its jar is on the classpath (the standalone platform, or the
 * catalog service): the {@code catalog} schema, the projections that write it and the query
 * handlers that read it (all found by Axon among these beans), the event processor that feeds them,
 * and the {@link Projection} operators watch and rebuild it through.
 *
 * <p>Reads and writes go through R2DBC on Spring Boot's {@link ConnectionFactory} ({@code
 * spring.r2dbc.*}); the schema is migrated through JDBC like every module's.
 */
@AutoConfiguration(after = R2dbcAutoConfiguration.class)
@EnableConfigurationProperties(CatalogProperties.class)
public class CatalogAutoConfiguration {

  @Bean
  public SchemaMigration catalogSchemaMigration() {
    return new SchemaMigration(SCHEMA, "classpath:db/" + SCHEMA);
  }

  /**
   * The projections' writes. Its transactions are its own, on the same connection factory as its
   * client, rather than an application-wide reactive transaction manager that could belong to a
   * different database.
   */
  @Bean
  public ReadModelStore catalogReadModelStore(
      ConnectionFactory connectionFactory, CatalogProperties properties) {
    return new ReadModelStore(
        DatabaseClient.create(connectionFactory),
        TransactionalOperator.create(new R2dbcTransactionManager(connectionFactory)),
        properties.writeTimeout());
  }

  @Bean
  public ProductProjection catalogProductProjection(
      ReadModelStore catalogReadModelStore, QueryUpdateEmitter queryUpdateEmitter) {
    return new ProductProjection(catalogReadModelStore, queryUpdateEmitter);
  }

  @Bean
  public OrderProjection catalogOrderProjection(
      ReadModelStore catalogReadModelStore, QueryUpdateEmitter queryUpdateEmitter) {
    return new OrderProjection(catalogReadModelStore, queryUpdateEmitter);
  }

  @Bean
  public PaymentProjection catalogPaymentProjection(ReadModelStore catalogReadModelStore) {
    return new PaymentProjection(catalogReadModelStore);
  }

  @Bean
  public CartProjection catalogCartProjection(ReadModelStore catalogReadModelStore) {
    return new CartProjection(catalogReadModelStore);
  }

  @Bean
  public ProductQueries catalogProductQueries(ConnectionFactory connectionFactory) {
    return new ProductQueries(DatabaseClient.create(connectionFactory));
  }

  @Bean
  public OrderQueries catalogOrderQueries(ConnectionFactory connectionFactory) {
    return new OrderQueries(DatabaseClient.create(connectionFactory));
  }

  @Bean
  public PaymentQueries catalogPaymentQueries(ConnectionFactory connectionFactory) {
    return new PaymentQueries(DatabaseClient.create(connectionFactory));
  }

  @Bean
  public CartQueries catalogCartQueries(ConnectionFactory connectionFactory) {
    return new CartQueries(DatabaseClient.create(connectionFactory));
  }

  /**
   * The processor of the {@code catalog} processing group: a pooled streaming processor on the
   * event store.
   *
   * <ul>
   *   <li>Events are sequenced per aggregate, so each product's, order's, payment's and cart's
   *       events are applied in their order, while different aggregates are worked on in parallel
   *       segments (the read model never needs one aggregate's row to write another's).
   *   <li>On its very first start it reads from the first event, marked as a replay up to the head
   *       of that moment: a new catalog builds from history without announcing history to
   *       subscribers.
   *   <li>A failed write is not skipped: the error reaches the processor, which releases the
   *       segment and tries the same events again later (they are idempotent).
   * </ul>
   */
  @Bean
  public ConfigurerModule catalogProcessingModule(CatalogProperties properties) {
    return configurer ->
        configurer
            .eventProcessing()
            .registerPooledStreamingEventProcessor(
                PROCESSING_GROUP,
                Configuration::eventStore,
                (axon, processor) ->
                    processor
                        .initialSegmentCount(properties.segments())
                        .batchSize(properties.batchSize())
                        .initialToken(
                            events -> ReplayToken.createReplayToken(events.createHeadToken())))
            .registerSequencingPolicy(
                PROCESSING_GROUP, axon -> SequentialPerAggregatePolicy.instance())
            .registerListenerInvocationErrorHandler(
                PROCESSING_GROUP, axon -> PropagatingErrorHandler.instance());
  }

  /** The read model as operators see it: {@code GET/POST /api/admin/projections}. */
  @Bean
  public Projection catalogProjection(
      Configuration axon, @Qualifier("projectionWatcher") ScheduledExecutorService watcher) {
    return TrackingProjection.of(
        PROJECTION_NAME,
        PROCESSING_GROUP,
        axon,
        watcher,
        new TrackingProjection.RebuildListener() {});
  }
}
