package io.eventmart.search.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class SearchPropertiesTest {

  private static SearchProperties bind(Map<String, String> settings) {
    return new Binder(new MapConfigurationPropertySource(settings))
        .bindOrCreate("eventmart.search", SearchProperties.class);
  }

  @Test
  void worksInThePlatformWithoutAnySetting() {
    SearchProperties defaults = bind(Map.of());

    assertThat(defaults.url()).isEqualTo(URI.create("http://127.0.0.1:59200"));
    assertThat(defaults.hasCredentials()).isFalse();
    assertThat(defaults.batchSize()).isEqualTo(100);
    assertThat(defaults.index().prefix()).isEqualTo("products");
    assertThat(defaults.index().shards()).isEqualTo(1);
    assertThat(defaults.index().replicas()).isZero();
    assertThat(defaults.index().retiredIndexGrace()).isEqualTo(Duration.ofSeconds(5));
    assertThat(defaults.startup().firstRetryPause()).isEqualTo(Duration.ofSeconds(1));
    assertThat(defaults.startup().longestRetryPause()).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void takesCredentialsTogether() {
    SearchProperties secured =
        bind(Map.of("eventmart.search.username", "search", "eventmart.search.password", "s3cret"));

    assertThat(secured.hasCredentials()).isTrue();
  }

  @Test
  void refusesAUsernameWithoutPassword() {
    assertThatThrownBy(() -> bind(Map.of("eventmart.search.username", "search")))
        .rootCause()
        .hasMessageContaining("go together");
  }

  @Test
  void refusesAnIndexPrefixElasticsearchWouldNotAccept() {
    assertThatThrownBy(() -> bind(Map.of("eventmart.search.index.prefix", "Products")))
        .rootCause()
        .hasMessageContaining("eventmart.search.index.prefix");
  }

  @Test
  void refusesAnEmptyBatch() {
    assertThatThrownBy(() -> bind(Map.of("eventmart.search.batch-size", "0")))
        .rootCause()
        .hasMessageContaining("eventmart.search.batch-size");
  }
}
