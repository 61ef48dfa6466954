package io.eventmart.search.infrastructure;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.ElasticsearchTransport;
import io.eventmart.search.index.ProductIndex;
import io.eventmart.search.index.ProjectionRebuild;
import io.eventmart.search.index.RebuildCompletion;
import io.eventmart.search.index.Retrying;
import io.eventmart.search.index.SearchIndexStartup;
import io.eventmart.search.product.ProductIndexWriter;
import io.eventmart.search.product.ProductProjector;
import io.eventmart.search.query.ProductSearch;
import io.eventmart.support.health.HealthChecks;
import io.eventmart.support.projection.Projection;
import io.eventmart.support.projection.TrackingProjection;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.lifecycle.Phase;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * The search module, wherever its jar is on the classpath (the standalone platform, or the search
 * service): the product index in Elasticsearch, the projection that fills it (event processor and
 * projection {@value ProductProjector#PROCESSING_GROUP}), the query handlers that read it, and its
 * health.
 */
@AutoConfiguration
@EnableConfigurationProperties(SearchProperties.class)
public class SearchAutoConfiguration {

  private static final String PROJECTION = ProductProjector.PROCESSING_GROUP;

  @Bean(destroyMethod = "close")
  @Qualifier("searchTransport") public ElasticsearchTransport searchTransport(SearchProperties properties) {
    return ElasticsearchConnection.open(properties);
  }

  /** Prepares the index in the background, finishes rebuilds and retires replaced indexes. */
  @Bean(destroyMethod = "shutdownNow")
  @Qualifier("searchMaintenance") public ScheduledExecutorService searchMaintenance() {
    return Executors.newSingleThreadScheduledExecutor(new AxonThreadFactory("search-maintenance"));
  }

  @Bean
  public ProductIndex productIndex(
      @Qualifier("searchTransport") ElasticsearchTransport transport,
      SearchProperties properties,
      Clock clock,
      @Qualifier("searchMaintenance") ScheduledExecutorService maintenance) {
    SearchProperties.Index index = properties.index();
    return new ProductIndex(
        new ElasticsearchClient(transport),
        new ProductIndex.Options(
            index.prefix(),
            index.shards(),
            index.replicas(),
            index.retiredIndexGrace(),
            properties.startup().clusterWait()),
        clock,
        maintenance);
  }

  @Bean
  public ProductIndexWriter productIndexWriter(
      @Qualifier("searchTransport") ElasticsearchTransport transport,
      ProductIndex productIndex,
      MeterRegistry meters) {
    return new ProductIndexWriter(new ElasticsearchClient(transport), productIndex, meters);
  }

  /** Found by Axon as the event handler of processing group {@code search}. */
  @Bean
  public ProductProjector productProjector(ProductIndexWriter writer, ProductIndex productIndex) {
    return new ProductProjector(writer, productIndex);
  }

  /** Found by Axon as the handler of the search queries. */
  @Bean
  public ProductSearch productSearch(
      @Qualifier("searchTransport") ElasticsearchTransport transport, ProductIndex productIndex) {
    return new ProductSearch(new ElasticsearchAsyncClient(transport), productIndex);
  }

  /**
   * Finishes every rebuild of the search projection: the rebuilt index takes over the search alias
   * once the replay has caught up.
   */
  @Bean
  public RebuildCompletion searchRebuildCompletion(
      ProductIndex productIndex,
      ObjectProvider<Configuration> axon,
      SearchProperties properties,
      @Qualifier("searchMaintenance") ScheduledExecutorService maintenance) {
    return new RebuildCompletion(
        productIndex, searchProcessor(axon), maintenance, retrying(properties, maintenance));
  }

  /**
   * The search model as the edge watches and rebuilds it. A rebuild fills a fresh index while
   * searches read the current one, and switches them over once the replay has caught up.
   */
  @Bean
  @Qualifier("searchProjection") public Projection searchProjection(
      Configuration axon,
      @Qualifier("projectionWatcher") ScheduledExecutorService watcher,
      RebuildCompletion searchRebuildCompletion) {
    return TrackingProjection.of(PROJECTION, PROJECTION, axon, watcher, searchRebuildCompletion);
  }

  /**
   * Prepares the index at startup and starts a rebuild it needs. Axon's configuration and the
   * projection are looked up when needed: they depend on the module below, which depends on this.
   */
  @Bean
  public SearchIndexStartup searchIndexStartup(
      ProductIndex productIndex,
      ObjectProvider<Configuration> axon,
      RebuildCompletion searchRebuildCompletion,
      @Qualifier("searchProjection") ObjectProvider<Projection> searchProjection,
      SearchProperties properties,
      @Qualifier("searchMaintenance") ScheduledExecutorService maintenance) {
    return new SearchIndexStartup(
        productIndex,
        new ProjectionRebuild(
            searchProcessor(axon),
            searchRebuildCompletion,
            () -> searchProjection.getObject().replay()),
        retrying(properties, maintenance));
  }

  /**
   * Registers the search processor: tracking from the first event (a new index builds from the
   * whole history), in batches of {@code eventmart.search.batch-size} events (one bulk request
   * each), and stopping on a failed batch to retry it with back-off rather than skip it. The index
   * is prepared before the processor starts, and a rebuild it needs is started once it runs.
   */
  @Bean
  public ConfigurerModule searchAxonModule(
      SearchProperties properties, SearchIndexStartup searchIndexStartup) {
    return configurer -> {
      configurer
          .eventProcessing()
          .registerTrackingEventProcessor(
              PROJECTION,
              Configuration::eventStore,
              axon ->
                  TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                      .andBatchSize(properties.batchSize())
                      .andInitialTrackingToken(StreamableMessageSource::createTailToken))
          .registerListenerInvocationErrorHandler(
              PROJECTION, axon -> PropagatingErrorHandler.instance());
      configurer.onInitialize(
          axon -> {
            axon.onStart(Phase.OUTBOUND_EVENT_CONNECTORS, searchIndexStartup::beforeProcessing);
            axon.onStart(Phase.INSTRUCTION_COMPONENTS, searchIndexStartup::processingStarted);
          });
    };
  }

  /**
   * Reported as health component {@code searchIndex}: Elasticsearch answers and an index is behind
   * the search alias. A hanging cluster is reported DOWN once the health timeout has passed, not
   * after the client's socket timeout.
   */
  @Bean
  public HealthIndicator searchIndexHealthIndicator(
      ProductIndex productIndex, HealthChecks healthChecks) {
    return healthChecks.timeLimited(new SearchIndexHealthIndicator(productIndex));
  }

  private static Supplier<StreamingEventProcessor> searchProcessor(
      ObjectProvider<Configuration> axon) {
    return () ->
        axon.getObject()
            .eventProcessingConfiguration()
            .eventProcessor(PROJECTION, StreamingEventProcessor.class)
            .orElseThrow(
                () -> new IllegalStateException("no streaming event processor " + PROJECTION));
  }

  private static Retrying retrying(
      SearchProperties properties, ScheduledExecutorService maintenance) {
    return new Retrying(
        maintenance,
        properties.startup().firstRetryPause(),
        properties.startup().longestRetryPause());
  }
}
