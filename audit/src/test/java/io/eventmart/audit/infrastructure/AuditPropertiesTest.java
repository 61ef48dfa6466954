package io.eventmart.audit.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class AuditPropertiesTest {

  private static AuditProperties bind(Map<String, String> settings) {
    return new Binder(new MapConfigurationPropertySource(settings))
        .bindOrCreate("eventmart.audit", Bindable.of(AuditProperties.class));
  }

  @Test
  void worksWithoutAnyConfiguration() {
    AuditProperties properties = bind(Map.of());

    assertThat(properties.batchSize()).isEqualTo(100);
    assertThat(properties.exportPageSize()).isEqualTo(500);
  }

  @Test
  void takesItsSettingsFromTheConfiguration() {
    AuditProperties properties =
        bind(Map.of("eventmart.audit.batch-size", "10", "eventmart.audit.export-page-size", "2"));

    assertThat(properties.batchSize()).isEqualTo(10);
    assertThat(properties.exportPageSize()).isEqualTo(2);
  }

  @Test
  void refusesAnEmptyBatch() {
    assertThatThrownBy(() -> new AuditProperties(0, 500))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("eventmart.audit.batch-size");
  }

  @Test
  void refusesAnEmptyExportPage() {
    assertThatThrownBy(() -> new AuditProperties(100, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("eventmart.audit.export-page-size");
  }
}
