package io.eventmart.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class OperationsPropertiesTest {

  private static OperationsProperties bind(Map<String, String> settings) {
    return new Binder(new MapConfigurationPropertySource(settings))
        .bindOrCreate("eventmart.operations", Bindable.of(OperationsProperties.class));
  }

  @Test
  void answersProbesWithinTwoSecondsAndSamplesProjectionsEveryFiveByDefault() {
    OperationsProperties properties = bind(Map.of());

    assertThat(properties.health().timeout()).isEqualTo(Duration.ofSeconds(2));
    assertThat(properties.health().cacheFor()).isEqualTo(Duration.ofSeconds(5));
    assertThat(properties.projectionMetrics().interval()).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void takesItsSettingsFromTheConfiguration() {
    OperationsProperties properties =
        bind(
            Map.of(
                "eventmart.operations.health.timeout", "500ms",
                "eventmart.operations.health.cache-for", "0s",
                "eventmart.operations.projection-metrics.interval", "1s"));

    assertThat(properties.health().timeout()).isEqualTo(Duration.ofMillis(500));
    assertThat(properties.health().cacheFor()).isZero();
    assertThat(properties.projectionMetrics().interval()).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void refusesAHealthCheckWithoutTimeToAnswer() {
    assertThatThrownBy(() -> bind(Map.of("eventmart.operations.health.timeout", "0s")))
        .isInstanceOf(BindException.class)
        .hasRootCauseMessage("eventmart.operations.health.timeout must be positive");
  }
}
