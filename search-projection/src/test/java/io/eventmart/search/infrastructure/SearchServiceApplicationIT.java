package io.eventmart.search.infrastructure;

import static io.eventmart.search.it.Catalog.product;
import static io.eventmart.search.it.Searches.forText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.eventmart.search.it.Catalog;
import io.eventmart.search.it.Projections;
import io.eventmart.search.it.SearchIndexes;
import io.eventmart.search.it.SearchTestSettings;
import io.eventmart.search.it.Searches;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * The stand-alone service starts from its main class with its own {@code search-service.yml}. Axon
 * Server is not available here, so the test switches it off (and picks a free port and an index
 * name of its own); every other setting is the service's own.
 */
class SearchServiceApplicationIT {

  @Test
  void listensOnItsOwnPort() {
    var yaml = new YamlPropertiesFactoryBean();
    yaml.setResources(new ClassPathResource("search-service.yml"));

    assertThat(yaml.getObject()).containsEntry("server.port", 8085);
  }

  @Test
  void startsWithItsOwnSettingsAndAnswersSearches() throws Exception {
    var settings = SearchTestSettings.forTest("service");
    try (var indexes = new SearchIndexes(settings.elasticsearchUrl())) {
      try (var service =
          SearchServiceApplication.start(
              "--axon.axonserver.enabled=false",
              "--server.port=0",
              "--spring.datasource.url=" + settings.database().url(),
              "--spring.datasource.username=" + settings.database().user(),
              "--spring.datasource.password=" + settings.database().password(),
              "--eventmart.search.url=" + settings.elasticsearchUrl(),
              "--eventmart.search.index.prefix=" + settings.indexPrefix())) {
        assertThat(service.getEnvironment().getProperty("spring.application.name"))
            .isEqualTo("search-service");
        assertThat(service.getBean(SearchProperties.class).index().replicas()).isEqualTo(1);

        new Catalog(service.getBean(EventStore.class)).register(product("Service Bell"));
        var searches = new Searches(service.getBean(QueryGateway.class));
        await()
            .atMost(Projections.PATIENCE)
            .until(() -> searches.names(forText("bell")).contains("Service Bell"));
      } finally {
        indexes.deleteAllStartingWith(settings.indexPrefix());
      }
    }
  }
}
