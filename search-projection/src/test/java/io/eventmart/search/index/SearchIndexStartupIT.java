package io.eventmart.search.index;

import static io.eventmart.search.it.Catalog.product;
import static io.eventmart.search.it.Searches.forText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.eventmart.search.it.Applications;
import io.eventmart.search.it.Catalog;
import io.eventmart.search.it.Projections;
import io.eventmart.search.it.SearchIndexes;
import io.eventmart.search.it.SearchTestSettings;
import io.eventmart.search.it.Searches;
import io.eventmart.search.it.TcpForwarder;
import io.eventmart.support.projection.Projection;
import io.eventmart.testsupport.TestElasticsearch;
import java.util.Set;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What the application finds in Elasticsearch when it starts: nothing yet (Elasticsearch starts
 * late), a rebuild a stop cut off, or an index of an older mapping.
 */
class SearchIndexStartupIT {

  private static final int PRODUCTS = 20;

  private final SearchIndexes indexes = new SearchIndexes(TestElasticsearch.url());
  private SearchTestSettings settings;

  @AfterEach
  void removeTheIndexes() throws Exception {
    if (settings != null) {
      indexes.deleteAllStartingWith(settings.indexPrefix());
    }
    indexes.close();
  }

  @Test
  void startsOverARebuildThatAStopCutOff() {
    settings = SearchTestSettings.forTest("cutoff");
    String documents;
    IndexLayout cutOff;
    try (var application = Applications.start(settings)) {
      givenProducts(application);
      documents = indexes.checksum(settings.indexPrefix());
      index(application).startRebuild();
      cutOff = index(application).layout();
    }
    assertThat(cutOff.isRebuilding()).isTrue();

    try (var application = Applications.start(settings)) {
      await()
          .atMost(Projections.PATIENCE)
          .until(
              () -> {
                IndexLayout now = index(application).layout();
                return !now.isRebuilding()
                    && !now.searchIndex().equals(cutOff.searchIndex())
                    && !now.searchIndex().equals(cutOff.writeIndex());
              });
      caughtUp(application);

      assertThat(indexes.checksum(settings.indexPrefix())).isEqualTo(documents);
      assertOnlyTheSearchedIndexIsLeft(application);
    }
  }

  @Test
  void rebuildsAnIndexOfAnOlderMapping() {
    settings = SearchTestSettings.forTest("outdated");
    String documents = givenAnIndexOfAnOlderMapping();

    try (var application = Applications.start(settings)) {
      awaitRebuiltWithTheCurrentMapping(application);

      assertThat(indexes.checksum(settings.indexPrefix())).isEqualTo(documents);
      assertOnlyTheSearchedIndexIsLeft(application);
    }
  }

  @Test
  void rebuildsAnIndexOfAnOlderMappingOnceALateElasticsearchAnswers() throws Exception {
    settings = SearchTestSettings.forTest("outdatedlate");
    String documents = givenAnIndexOfAnOlderMapping();
    int port = TcpForwarder.freePort();
    String direct = settings.elasticsearchUrl();

    try (var application =
            Applications.start(settings.withElasticsearchAt("http://127.0.0.1:" + port));
        var elasticsearch = TcpForwarder.start(port, direct)) {
      awaitRebuiltWithTheCurrentMapping(application);

      assertThat(elasticsearch.connections()).isPositive();
      assertThat(indexes.checksum(settings.indexPrefix())).isEqualTo(documents);
      assertOnlyTheSearchedIndexIsLeft(application);
    }
  }

  @Test
  void startsWithoutElasticsearchAndCatchesUpWhenItAnswers() throws Exception {
    int port = TcpForwarder.freePort();
    SearchTestSettings direct = SearchTestSettings.forTest("late");
    settings = direct.withElasticsearchAt("http://127.0.0.1:" + port);
    try (var application = Applications.start(settings)) {
      assertThat(application.isRunning()).isTrue();
      assertThat(health(application)).isEqualTo(Status.DOWN);
      new Catalog(application.getBean(EventStore.class))
          .register(product("Storm Lantern").withDescription("Burns in any weather"));

      try (var elasticsearch = TcpForwarder.start(port, direct.elasticsearchUrl())) {
        var searches = new Searches(application.getBean(QueryGateway.class));
        await()
            .atMost(Projections.PATIENCE)
            .ignoreExceptions()
            .until(() -> searches.names(forText("lantern")).contains("Storm Lantern"));

        assertThat(elasticsearch.connections()).isPositive();
        assertThat(health(application)).isEqualTo(Status.UP);
      }
    }
  }

  /** Products indexed, then their index replaced as if an older module version had built it. */
  private String givenAnIndexOfAnOlderMapping() {
    try (var application = Applications.start(settings)) {
      givenProducts(application);
      String documents = indexes.checksum(settings.indexPrefix());
      String current = index(application).layout().searchIndex();
      var mapping = indexes.mappingOf(current);
      indexes.delete(current);
      indexes.createBehindAliases(
          settings.indexPrefix() + "-v0-20250101-000000-000", settings.indexPrefix(), mapping);
      return documents;
    }
  }

  private void awaitRebuiltWithTheCurrentMapping(ConfigurableApplicationContext application) {
    await()
        .atMost(Projections.PATIENCE)
        .ignoreExceptions()
        .until(
            () -> {
              IndexLayout now = index(application).layout();
              return !now.isRebuilding()
                  && now.searchIndex().startsWith(settings.indexPrefix() + "-v1-");
            });
    caughtUp(application);
  }

  private void givenProducts(ConfigurableApplicationContext application) {
    var catalog = new Catalog(application.getBean(EventStore.class));
    for (int i = 0; i < PRODUCTS; i++) {
      catalog.reprice(catalog.register(product("Candle No " + i).costing("5.00")), "6.00");
    }
    caughtUp(application);
  }

  private void caughtUp(ConfigurableApplicationContext application) {
    Projections.awaitCaughtUp(
        application.getBean("searchProjection", Projection.class), indexes, settings.indexPrefix());
  }

  private void assertOnlyTheSearchedIndexIsLeft(ConfigurableApplicationContext application) {
    String searched = index(application).layout().searchIndex();
    await()
        .atMost(Projections.PATIENCE)
        .until(() -> indexes.indicesStartingWith(settings.indexPrefix()).equals(Set.of(searched)));
  }

  private static ProductIndex index(ConfigurableApplicationContext application) {
    return application.getBean(ProductIndex.class);
  }

  private static Status health(ConfigurableApplicationContext application) {
    return application
        .getBean("searchIndexHealthIndicator", HealthIndicator.class)
        .health()
        .getStatus();
  }
}
