package io.eventmart.payment.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/** The payment service's own settings, and none that would leak into the platform. */
class PaymentServiceConfigurationTest {

  @Test
  void runsAgainstAxonServerOnItsOwnPort() throws IOException {
    PropertySource<?> settings =
        new YamlPropertySourceLoader()
            .load("payment-service", new ClassPathResource("payment-service.yml"))
            .get(0);

    assertThat(settings.getProperty("server.port")).hasToString("8083");
    assertThat(settings.getProperty("axon.axonserver.enabled")).isEqualTo(true);
    assertThat(settings.getProperty("axon.axonserver.servers"))
        .hasToString("${AXON_SERVER:localhost:8124}");
    assertThat(settings.getProperty("spring.datasource.url")).hasToString("${EVENTMART_DB_URL}");
    assertThat(settings.getProperty("spring.datasource.username"))
        .hasToString("${EVENTMART_DB_USER}");
    assertThat(settings.getProperty("spring.datasource.password"))
        .hasToString("${EVENTMART_DB_PASSWORD}");
  }

  @Test
  void shipsNoApplicationSettingsThatWouldClashInThePlatform() {
    assertThat(new ClassPathResource("application.yml").exists()).isFalse();
    assertThat(new ClassPathResource("application.yaml").exists()).isFalse();
    assertThat(new ClassPathResource("application.properties").exists()).isFalse();
  }
}
