package io.eventmart.catalog.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class CatalogPropertiesTest {

  private static CatalogProperties bind(Map<String, String> settings) {
    return new Binder(new MapConfigurationPropertySource(settings))
        .bindOrCreate("eventmart.catalog", Bindable.of(CatalogProperties.class));
  }

  @Test
  void worksWithoutAnyConfiguration() {
    CatalogProperties properties = bind(Map.of());

    assertThat(properties.segments()).isEqualTo(4);
    assertThat(properties.batchSize()).isEqualTo(100);
    assertThat(properties.writeTimeout()).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void takesItsSettingsFromTheConfiguration() {
    CatalogProperties properties =
        bind(
            Map.of(
                "eventmart.catalog.segments", "8",
                "eventmart.catalog.batch-size", "1",
                "eventmart.catalog.write-timeout", "5s"));

    assertThat(properties.segments()).isEqualTo(8);
    assertThat(properties.batchSize()).isEqualTo(1);
    assertThat(properties.writeTimeout()).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void refusesAProcessorWithoutSegments() {
    assertThatThrownBy(() -> new CatalogProperties(0, 100, Duration.ofSeconds(30)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("eventmart.catalog.segments");
  }

  @Test
  void refusesAnEmptyBatch() {
    assertThatThrownBy(() -> new CatalogProperties(4, 0, Duration.ofSeconds(30)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("eventmart.catalog.batch-size");
  }

  @Test
  void refusesAWriteTimeoutThatIsNotPositive() {
    assertThatThrownBy(() -> new CatalogProperties(4, 100, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("eventmart.catalog.write-timeout");
  }
}
