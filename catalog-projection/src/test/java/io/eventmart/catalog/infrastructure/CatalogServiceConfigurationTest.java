package io.eventmart.catalog.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/** The catalog service's own settings, and none that would leak into the platform. */
class CatalogServiceConfigurationTest {

  @Test
  void runsAgainstAxonServerOnItsOwnPortWithItsDatabaseFromTheEnvironment() throws IOException {
    PropertySource<?> settings =
        new YamlPropertySourceLoader()
            .load("catalog-service", new ClassPathResource("catalog-service.yml"))
            .get(0);

    assertThat(settings.getProperty("server.port")).hasToString("8084");
    assertThat(settings.getProperty("axon.axonserver.enabled")).isEqualTo(true);
    assertThat(settings.getProperty("axon.axonserver.servers"))
        .hasToString("${AXON_SERVER:localhost:8124}");
    assertThat(settings.getProperty("spring.datasource.url")).hasToString("${EVENTMART_DB_URL}");
    assertThat(settings.getProperty("spring.r2dbc.url")).hasToString("${EVENTMART_R2DBC_URL}");
    assertThat(settings.getProperty("spring.r2dbc.username")).hasToString("${EVENTMART_DB_USER}");
    assertThat(settings.getProperty("spring.r2dbc.password"))
        .hasToString("${EVENTMART_DB_PASSWORD}");
  }

  @Test
  void shipsNoApplicationSettingsThatWouldClashInThePlatform() {
    assertThat(new ClassPathResource("application.yml").exists()).isFalse();
    assertThat(new ClassPathResource("application.yaml").exists()).isFalse();
    assertThat(new ClassPathResource("application.properties").exists()).isFalse();
  }
}
