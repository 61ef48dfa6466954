package io.eventmart.search.it;

import io.eventmart.testsupport.TestElasticsearch;
import io.eventmart.testsupport.TestPostgres;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * What a search integration test runs with: a fresh database, the test Elasticsearch, index names
 * of its own (so tests never see each other's documents, not even those of an earlier run), and
 * short pauses so retries and index retirements happen within a test's patience.
 *
 * @param database the test's own database
 * @param indexPrefix the search alias and the start of the test's index names
 * @param elasticsearchUrl where the application finds Elasticsearch
 */
public record SearchTestSettings(
    TestPostgres.Database database, String indexPrefix, String elasticsearchUrl) {

  /** Settings for a test about {@code purpose}, with the test Elasticsearch. */
  public static SearchTestSettings forTest(String purpose) {
    return new SearchTestSettings(
        TestPostgres.freshDatabase("search_" + purpose),
        "it-" + purpose.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8),
        TestElasticsearch.url());
  }

  /** The same settings, with Elasticsearch expected at {@code url}. */
  public SearchTestSettings withElasticsearchAt(String url) {
    return new SearchTestSettings(database, indexPrefix, url);
  }

  public Map<String, String> properties() {
    var properties = new LinkedHashMap<String, String>();
    properties.put("axon.axonserver.enabled", "false");
    properties.put("spring.datasource.url", database.url());
    properties.put("spring.datasource.username", database.user());
    properties.put("spring.datasource.password", database.password());
    properties.put("eventmart.search.url", elasticsearchUrl);
    properties.put("eventmart.search.index.prefix", indexPrefix);
    properties.put("eventmart.search.index.retired-index-grace", "300ms");
    properties.put("eventmart.search.startup.first-retry-pause", "200ms");
    properties.put("eventmart.search.startup.longest-retry-pause", "1s");
    return properties;
  }

  /** For a {@code @DynamicPropertySource}. */
  public void register(DynamicPropertyRegistry registry) {
    properties().forEach((name, value) -> registry.add(name, () -> value));
  }

  /** For an application started by the test itself. */
  public String[] asArguments(String... more) {
    var arguments =
        new java.util.ArrayList<>(
            properties().entrySet().stream()
                .map(p -> "--" + p.getKey() + "=" + p.getValue())
                .toList());
    arguments.addAll(List.of(more));
    return arguments.toArray(String[]::new);
  }
}
