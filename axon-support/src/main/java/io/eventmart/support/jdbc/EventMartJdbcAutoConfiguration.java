package io.eventmart.support.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import io.eventmart.support.EventMartProperties;
import io.eventmart.support.schema.SchemaMigration;
import io.eventmart.support.schema.SchemaMigrations;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.modelling.saga.repository.jdbc.PostgresSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSqlSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.axonframework.springboot.autoconfig.JdbcAutoConfiguration;
import org.axonframework.springboot.autoconfig.NoOpTransactionAutoConfiguration;
import org.axonframework.springboot.autoconfig.TransactionAutoConfiguration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Where Axon keeps its state in PostgreSQL.
 *
 * <ul>
 *   <li>Schema {@code axon}: tracking tokens, sagas, dead letters and deadlines — in every
 *       deployment, because even behind Axon Server a service's processors, sagas and deadlines
 *       live in its own database.
 *   <li>Schema {@code eventstore}: the events and snapshots, only when Axon Server is disabled (the
 *       standalone platform, CI); in production Axon Server is the event store.
 * </ul>
 *
 * <p>Names are snake_case (Axon's JDBC defaults are CamelCase, which PostgreSQL folds into
 * unreadable {@code domainevententry}), so auditors and analysts can read the tables with plain
 * SQL. See {@code docs/adr/0001-jdbc-locally-axon-server-in-production.md}.
 */
@AutoConfiguration(
    afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
    before = {
      JdbcAutoConfiguration.class,
      AxonAutoConfiguration.class,
      TransactionAutoConfiguration.class,
      NoOpTransactionAutoConfiguration.class
    },
    beforeName =
        "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration")
@EnableConfigurationProperties({EventMartProperties.class, DataSourceProperties.class})
public class EventMartJdbcAutoConfiguration {

  public static final String AXON_SCHEMA = "axon";
  public static final String EVENT_STORE_SCHEMA = "eventstore";

  /**
   * Spring Boot backs off its own JDBC DataSource as soon as an R2DBC ConnectionFactory exists (the
   * reactive read models), and Axon's JDBC storage would go with it; so it is declared here.
   */
  @Bean
  @ConditionalOnMissingBean(DataSource.class)
  @ConfigurationProperties("spring.datasource.hikari")
  public HikariDataSource dataSource(DataSourceProperties properties) {
    return properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
  }

  /**
   * The JDBC transactions every unit of work runs in. Declared here because, on Spring Boot 4,
   * Axon's own transaction auto-configuration is evaluated before Boot's transaction manager exists
   * and falls back to no transactions at all; and because a reactive (R2DBC) transaction manager
   * would make Boot skip the JDBC one.
   */
  @Bean
  @ConditionalOnMissingBean(PlatformTransactionManager.class)
  public JdbcTransactionManager transactionManager(DataSource dataSource) {
    return new JdbcTransactionManager(dataSource);
  }

  /**
   * Axon's units of work (commands, event processors, sagas, deadlines) run in the Spring JDBC
   * transaction, so events, tokens, saga state, deadlines and whatever a handler writes with JDBC
   * commit or roll back together.
   */
  @Bean
  @ConditionalOnMissingBean(org.axonframework.common.transaction.TransactionManager.class)
  public SpringTransactionManager axonTransactionManager(
      PlatformTransactionManager transactionManager) {
    return new SpringTransactionManager(transactionManager);
  }

  @Bean
  public SchemaMigration axonSchemaMigration() {
    return new SchemaMigration(AXON_SCHEMA, "classpath:db/axon");
  }

  @Bean
  @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
  public SchemaMigration eventStoreSchemaMigration() {
    return new SchemaMigration(EVENT_STORE_SCHEMA, "classpath:db/eventstore");
  }

  @Bean
  public SchemaMigrations schemaMigrations(DataSource dataSource, List<SchemaMigration> schemas) {
    return new SchemaMigrations(dataSource, schemas);
  }

  /**
   * PostgreSQL's driver reports a unique-key violation as a plain {@code PSQLException} with SQL
   * state 23505, which Axon's default resolver does not recognise; without this a concurrent append
   * to the same aggregate would surface as a storage failure instead of a retryable concurrency
   * conflict.
   */
  @Bean
  public PersistenceExceptionResolver persistenceExceptionResolver() {
    return new SQLStateResolver("23505");
  }

  @Bean
  public TokenSchema tokenSchema() {
    return TokenSchema.builder()
        .setTokenTable(AXON_SCHEMA + ".token_entry")
        .setProcessorNameColumn("processor_name")
        .setSegmentColumn("segment")
        .setTokenColumn("token")
        .setTokenTypeColumn("token_type")
        .setTimestampColumn("timestamp")
        .setOwnerColumn("owner")
        .build();
  }

  @Bean
  public SagaSqlSchema sagaSqlSchema() {
    return new PostgresSagaSqlSchema(
        SagaSchema.builder()
            .sagaEntryTable(AXON_SCHEMA + ".saga_entry")
            .associationValueEntryTable(AXON_SCHEMA + ".association_value_entry")
            .sagaIdColumn("saga_id")
            .sagaTypeColumn("saga_type")
            .revisionColumn("revision")
            .serializedSagaColumn("serialized_saga")
            .associationKeyColumn("association_key")
            .associationValueColumn("association_value")
            .build());
  }

  @Bean
  public DeadLetterSchema deadLetterSchema() {
    return DeadLetterSchema.builder()
        .deadLetterTable(AXON_SCHEMA + ".dead_letter_entry")
        .deadLetterIdentifierColumn("dead_letter_id")
        .processingGroupColumn("processing_group")
        .sequenceIdentifierColumn("sequence_identifier")
        .sequenceIndexColumn("sequence_index")
        .messageTypeColumn("message_type")
        .eventIdentifierColumn("event_identifier")
        .timestampColumn("time_stamp")
        .payloadTypeColumn("payload_type")
        .payloadRevisionColumn("payload_revision")
        .payloadColumn("payload")
        .metaDataColumn("meta_data")
        .aggregateTypeColumn("aggregate_type")
        .aggregateIdentifierColumn("aggregate_identifier")
        .sequenceNumberColumn("sequence_number")
        .tokenTypeColumn("token_type")
        .tokenColumn("token")
        .enqueuedAtColumn("enqueued_at")
        .lastTouchedColumn("last_touched")
        .processingStartedColumn("processing_started")
        .causeTypeColumn("cause_type")
        .causeMessageColumn("cause_message")
        .diagnosticsColumn("diagnostics")
        .build();
  }

  @Bean
  public EventSchema eventSchema() {
    return EventSchema.builder()
        .eventTable(EVENT_STORE_SCHEMA + ".domain_event_entry")
        .snapshotTable(EVENT_STORE_SCHEMA + ".snapshot_event_entry")
        .globalIndexColumn("global_index")
        .timestampColumn("time_stamp")
        .eventIdentifierColumn("event_identifier")
        .aggregateIdentifierColumn("aggregate_identifier")
        .sequenceNumberColumn("sequence_number")
        .typeColumn("type")
        .payloadTypeColumn("payload_type")
        .payloadRevisionColumn("payload_revision")
        .payloadColumn("payload")
        .metaDataColumn("meta_data")
        .build();
  }

  /**
   * The event store of the standalone platform. Gap handling is set explicitly (see {@link
   * EventMartProperties.EventStore}); the extended gap check stays on so a burst of concurrent
   * commits can never make a processor believe it reached the head early.
   */
  @Bean
  @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
  public EventStorageEngine eventStorageEngine(
      Serializer defaultSerializer,
      @Qualifier("eventSerializer") Serializer eventSerializer,
      PersistenceExceptionResolver persistenceExceptionResolver,
      org.axonframework.config.Configuration configuration,
      ConnectionProvider connectionProvider,
      TransactionManager transactionManager,
      EventSchema eventSchema,
      EventMartProperties properties) {
    EventMartProperties.EventStore tuning = properties.eventStore();
    return JdbcEventStorageEngine.builder()
        .snapshotSerializer(defaultSerializer)
        .eventSerializer(eventSerializer)
        .upcasterChain(configuration.upcasterChain())
        .snapshotFilter(configuration.snapshotFilter())
        .persistenceExceptionResolver(persistenceExceptionResolver)
        .connectionProvider(connectionProvider)
        .transactionManager(transactionManager)
        .schema(eventSchema)
        .batchSize(tuning.batchSize())
        .gapTimeout(Math.toIntExact(tuning.gapTimeout().toMillis()))
        .maxGapOffset(tuning.maxGapOffset())
        .gapCleaningThreshold(tuning.gapCleaningThreshold())
        .extendedGapCheckEnabled(true)
        .build();
  }
}
