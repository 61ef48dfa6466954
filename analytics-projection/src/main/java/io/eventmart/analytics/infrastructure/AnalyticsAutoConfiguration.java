package io.eventmart.analytics.infrastructure;

import io.eventmart.analytics.ingest.AnalyticsConsumer;
import io.eventmart.analytics.ingest.ConsumerProgress;
import io.eventmart.analytics.ingest.DeadLetters;
import io.eventmart.analytics.ingest.EnvelopeReader;
import io.eventmart.analytics.ingest.EventIngestion;
import io.eventmart.analytics.ingest.FailurePolicy;
import io.eventmart.analytics.operations.AnalyticsProjection;
import io.eventmart.analytics.operations.ConsumerGroupOffsets;
import io.eventmart.analytics.operations.Rebuild;
import io.eventmart.analytics.sales.SalesLedger;
import io.eventmart.analytics.sales.SalesQueries;
import io.eventmart.analytics.sales.SalesQueryHandler;
import io.eventmart.analytics.sales.SalesSummaryBroadcaster;
import io.eventmart.analytics.stock.LowStockQueryHandler;
import io.eventmart.analytics.stock.StockBook;
import io.eventmart.contracts.integration.IntegrationTopic;
import io.eventmart.kafka.KafkaSettings;
import io.eventmart.support.schema.SchemaMigration;
import io.r2dbc.spi.ConnectionFactory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.kafka.receiver.ReceiverOptions;
import reactor.kafka.sender.KafkaSender;
import reactor.kafka.sender.SenderOptions;

/**
 * The analytics module, wherever its jar is on the classpath (the standalone platform, or the
 * analytics service): the {@code analytics} schema, the model kept from the integration topics by a
 * reactor-kafka consumer over R2DBC, the analytics queries and live summaries, and the model as a
 * projection that can be rebuilt. The Kafka settings and the {@code kafka} health component come
 * from Kafka support ({@link io.eventmart.kafka.KafkaSupportAutoConfiguration}).
 *
 * <p>Database clients and the R2DBC transaction manager are the module's own, not beans, so they
 * never compete with those of other modules in the platform.
 */
@AutoConfiguration
@EnableConfigurationProperties(AnalyticsProperties.class)
public class AnalyticsAutoConfiguration {

  static final String SCHEMA = "analytics";

  /** The integration topics the model learns from (carts are of no use to it). */
  static final List<IntegrationTopic> SOURCE_TOPICS =
      List.of(
          IntegrationTopic.ORDER_EVENTS,
          IntegrationTopic.PAYMENT_EVENTS,
          IntegrationTopic.PRODUCT_EVENTS,
          IntegrationTopic.INVENTORY_EVENTS);

  private static final Logger log = LoggerFactory.getLogger(AnalyticsAutoConfiguration.class);

  @Bean
  public SchemaMigration analyticsSchemaMigration() {
    return new SchemaMigration(SCHEMA, "classpath:db/" + SCHEMA);
  }

  @Bean
  public SalesLedger analyticsSalesLedger(ConnectionFactory connectionFactory) {
    return new SalesLedger(DatabaseClient.create(connectionFactory));
  }

  @Bean
  public StockBook analyticsStockBook(ConnectionFactory connectionFactory) {
    return new StockBook(DatabaseClient.create(connectionFactory));
  }

  @Bean
  public SalesQueries analyticsSalesQueries(ConnectionFactory connectionFactory) {
    return new SalesQueries(DatabaseClient.create(connectionFactory));
  }

  @Bean
  public SalesQueryHandler analyticsSalesQueryHandler(SalesQueries analyticsSalesQueries) {
    return new SalesQueryHandler(analyticsSalesQueries);
  }

  @Bean
  public LowStockQueryHandler analyticsLowStockQueryHandler(ConnectionFactory connectionFactory) {
    return new LowStockQueryHandler(DatabaseClient.create(connectionFactory));
  }

  @Bean
  public EventIngestion analyticsEventIngestion(
      ConnectionFactory connectionFactory,
      SalesLedger analyticsSalesLedger,
      StockBook analyticsStockBook) {
    return new EventIngestion(
        DatabaseClient.create(connectionFactory),
        TransactionalOperator.create(new R2dbcTransactionManager(connectionFactory)),
        List.of(analyticsSalesLedger, analyticsStockBook));
  }

  @Bean
  public ConsumerProgress analyticsConsumerProgress() {
    return new ConsumerProgress();
  }

  @Bean
  public Rebuild analyticsRebuild(ConsumerProgress analyticsConsumerProgress) {
    return new Rebuild(analyticsConsumerProgress);
  }

  @Bean
  public SalesSummaryBroadcaster analyticsSalesSummaryBroadcaster(
      QueryUpdateEmitter queryUpdateEmitter,
      SalesQueries analyticsSalesQueries,
      Rebuild analyticsRebuild,
      AnalyticsProperties properties) {
    return new SalesSummaryBroadcaster(
        queryUpdateEmitter,
        window -> analyticsSalesQueries.summary(window.from(), window.to(), window.currency()),
        properties.liveUpdateInterval(),
        analyticsRebuild::isRunning);
  }

  @Bean(destroyMethod = "close")
  public DeadLetters analyticsDeadLetters(KafkaSettings kafka, AnalyticsProperties properties) {
    Map<String, Object> config = kafka.clientConfig();
    config.put(ProducerConfig.CLIENT_ID_CONFIG, "eventmart-analytics-dead-letters");
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, millis(properties.brokerTimeout()));
    config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, millis(properties.brokerTimeout()));
    config.put(
        ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
        millis(properties.brokerTimeout().multipliedBy(2)));
    config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    return new DeadLetters(
        KafkaSender.create(SenderOptions.create(config)),
        kafka.topicName(properties.deadLetterTopic()));
  }

  @Bean(destroyMethod = "close")
  AnalyticsTopics analyticsTopics(KafkaSettings kafka, AnalyticsProperties properties) {
    return new AnalyticsTopics(
        admin(kafka, properties, "eventmart-analytics-topics"),
        sourceTopics(kafka),
        kafka.topicName(properties.deadLetterTopic()),
        properties.deadLetterRetention(),
        kafka.replicationFactor(),
        properties.brokerTimeout());
  }

  @Bean
  public AnalyticsConsumer analyticsConsumer(
      KafkaSettings kafka,
      AnalyticsProperties properties,
      AnalyticsTopics analyticsTopics,
      EventIngestion analyticsEventIngestion,
      DeadLetters analyticsDeadLetters,
      ConsumerProgress analyticsConsumerProgress,
      SalesSummaryBroadcaster analyticsSalesSummaryBroadcaster) {
    return new AnalyticsConsumer(
        receiverOptions(kafka, properties),
        analyticsTopics.ready(),
        new EnvelopeReader(),
        analyticsEventIngestion,
        analyticsDeadLetters,
        new FailurePolicy(
            properties.maxAttempts(), properties.retryBackoff(), properties.maxRetryBackoff()),
        analyticsConsumerProgress,
        List.of(analyticsSalesSummaryBroadcaster));
  }

  @Bean
  ConsumerLifecycle analyticsConsumerLifecycle(
      AnalyticsConsumer analyticsConsumer,
      SalesSummaryBroadcaster analyticsSalesSummaryBroadcaster,
      AnalyticsProperties properties) {
    return new ConsumerLifecycle(
        analyticsConsumer,
        analyticsSalesSummaryBroadcaster,
        properties.brokerTimeout().multipliedBy(2));
  }

  @Bean(destroyMethod = "close")
  public ConsumerGroupOffsets analyticsConsumerGroupOffsets(
      KafkaSettings kafka, AnalyticsProperties properties) {
    return new ConsumerGroupOffsets(
        admin(kafka, properties, "eventmart-analytics-offsets"),
        properties.groupId(),
        sourceTopics(kafka),
        properties.brokerTimeout());
  }

  /** Lets operators watch and rebuild the model (see {@code GET /api/admin/projections}). */
  @Bean
  public AnalyticsProjection analyticsProjection(
      AnalyticsConsumer analyticsConsumer,
      ConsumerProgress analyticsConsumerProgress,
      EventIngestion analyticsEventIngestion,
      ConsumerGroupOffsets analyticsConsumerGroupOffsets,
      Rebuild analyticsRebuild) {
    return new AnalyticsProjection(
        analyticsConsumer,
        analyticsConsumerProgress,
        analyticsEventIngestion,
        analyticsConsumerGroupOffsets,
        analyticsRebuild);
  }

  /**
   * The consumer: in its group, from the earliest offsets the first time, committing only what was
   * acknowledged (after the database commit), periodically and when it stops.
   */
  static ReceiverOptions<String, byte[]> receiverOptions(
      KafkaSettings kafka, AnalyticsProperties properties) {
    Map<String, Object> config = kafka.clientConfig();
    config.put(ConsumerConfig.GROUP_ID_CONFIG, properties.groupId());
    config.put(ConsumerConfig.CLIENT_ID_CONFIG, "eventmart-analytics");
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    config.put(ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG, millis(properties.brokerTimeout()));
    return ReceiverOptions.<String, byte[]>create(config)
        .subscription(sourceTopics(kafka))
        .commitInterval(properties.commitInterval())
        .closeTimeout(properties.brokerTimeout())
        .addAssignListener(partitions -> log.info("Analytics consumes {}", partitions))
        .addRevokeListener(partitions -> log.info("Analytics no longer consumes {}", partitions));
  }

  private static List<String> sourceTopics(KafkaSettings kafka) {
    return SOURCE_TOPICS.stream().map(kafka::topicName).toList();
  }

  private static Admin admin(KafkaSettings kafka, AnalyticsProperties properties, String clientId) {
    Map<String, Object> config = kafka.clientConfig();
    config.put(CommonClientConfigs.CLIENT_ID_CONFIG, clientId);
    config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, millis(properties.brokerTimeout()));
    config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, millis(properties.brokerTimeout()));
    return Admin.create(config);
  }

  private static int millis(Duration duration) {
    return Math.toIntExact(duration.toMillis());
  }
}
