package io.eventmart.audit.infrastructure;

import static io.eventmart.audit.log.AuditLogNames.PROCESSING_GROUP;
import static io.eventmart.audit.log.AuditLogNames.PROJECTION_NAME;
import static io.eventmart.audit.log.AuditLogNames.SCHEMA;

import io.eventmart.audit.envelope.EventEnvelopes;
import io.eventmart.audit.history.AggregateStreams;
import io.eventmart.audit.history.HistoryQueries;
import io.eventmart.audit.log.AuditLog;
import io.eventmart.audit.log.AuditLogProjection;
import io.eventmart.audit.log.AuditLogQueries;
import io.eventmart.audit.state.StateQueries;
import io.eventmart.support.projection.Projection;
import io.eventmart.support.projection.TrackingProjection;
import io.eventmart.support.schema.SchemaMigration;
import java.util.concurrent.ScheduledExecutorService;
import javax.sql.DataSource;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The audit, wherever its jar is on the classpath (the standalone platform, or the audit service
 * against Axon Server): the query handlers that answer auditors (found by Axon among these beans),
 * the {@code audit} schema, the audit log's tracking processor, and the {@link Projection}
 * operators watch and rebuild the log through.
 */
@AutoConfiguration
@EnableConfigurationProperties(AuditProperties.class)
public class AuditAutoConfiguration {

  @Bean
  public SchemaMigration auditSchemaMigration() {
    return new SchemaMigration(SCHEMA, "classpath:db/" + SCHEMA);
  }

  /**
   * Describes events exactly as the event store serialized them, with the store's own serializer.
   */
  @Bean
  public EventEnvelopes auditEventEnvelopes(@Qualifier("eventSerializer") Serializer serializer) {
    return new EventEnvelopes(serializer);
  }

  @Bean
  public JdbcAuditLog auditLog(DataSource dataSource) {
    return new JdbcAuditLog(new NamedParameterJdbcTemplate(dataSource));
  }

  @Bean
  public AuditLogProjection auditLogProjection(AuditLog auditLog, EventEnvelopes envelopes) {
    return new AuditLogProjection(auditLog, envelopes);
  }

  @Bean
  public AuditLogQueries auditLogQueries(AuditLog auditLog, AuditProperties properties) {
    return new AuditLogQueries(auditLog, blockingReads(), properties.exportPageSize());
  }

  @Bean
  public AggregateStreams auditAggregateStreams(EventStore eventStore) {
    return new AggregateStreams(eventStore);
  }

  @Bean
  public HistoryQueries auditHistoryQueries(
      AggregateStreams auditAggregateStreams, EventEnvelopes auditEventEnvelopes) {
    return new HistoryQueries(auditAggregateStreams, auditEventEnvelopes, blockingReads());
  }

  @Bean
  public StateQueries auditStateQueries(AggregateStreams auditAggregateStreams) {
    return new StateQueries(auditAggregateStreams, blockingReads());
  }

  /**
   * The audit log's processor: a tracking processor on the event store, single-threaded so the log
   * is written in the order of the global event stream, starting at the very first event so a new
   * log holds the whole history. A failed copy is not skipped: the error reaches the processor,
   * which tries the same events again (an audit log with a hole would be worse than a late one).
   */
  @Bean
  public ConfigurerModule auditProcessingModule(AuditProperties properties) {
    return configurer ->
        configurer
            .eventProcessing()
            .registerTrackingEventProcessor(
                PROCESSING_GROUP,
                Configuration::eventStore,
                axon ->
                    TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                        .andBatchSize(properties.batchSize())
                        .andInitialTrackingToken(StreamableMessageSource::createTailToken))
            .registerListenerInvocationErrorHandler(
                PROCESSING_GROUP, axon -> PropagatingErrorHandler.instance());
  }

  /** The audit log as operators see it: {@code GET/POST /api/admin/projections}. */
  @Bean
  public Projection auditProjection(
      Configuration axon, @Qualifier("projectionWatcher") ScheduledExecutorService watcher) {
    return TrackingProjection.of(
        PROJECTION_NAME,
        PROCESSING_GROUP,
        axon,
        watcher,
        new TrackingProjection.RebuildListener() {});
  }

  /**
   * Reading the event store and the log blocks; Reactor's elastic workers are made for that, and
   * keep it off the callers' threads (Netty event loops of the edge, on the platform).
   */
  private static Scheduler blockingReads() {
    return Schedulers.boundedElastic();
  }
}
