package io.eventmart.payment.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class PaymentPropertiesTest {

  @Test
  void guardsTheGatewayAsSpecifiedWithoutAnyConfiguration() {
    PaymentProperties.Gateway gateway = bind(Map.of()).gateway();

    assertThat(gateway.timeout()).isEqualTo(Duration.ofSeconds(3));
    assertThat(gateway.maxCallsInFlight()).isEqualTo(64);
    assertThat(gateway.retry())
        .isEqualTo(new PaymentProperties.Retry(3, Duration.ofMillis(200), 2.0));
    assertThat(gateway.circuitBreaker())
        .isEqualTo(new PaymentProperties.CircuitBreaker(5, 5, 100, Duration.ofSeconds(60), 3));
  }

  @Test
  void simulatesAnInstantFaultlessGatewayWithoutAnyConfiguration() {
    assertThat(bind(Map.of()).simulator())
        .isEqualTo(new PaymentProperties.Simulator(Duration.ZERO, Duration.ZERO, 0));
  }

  @Test
  void takesLoadTestSettingsForTheSimulator() {
    PaymentProperties.Simulator simulator =
        bind(Map.of(
                "eventmart.payment.simulator.latency", "150ms",
                "eventmart.payment.simulator.jitter", "50ms",
                "eventmart.payment.simulator.failure-rate", "0.05"))
            .simulator();

    assertThat(simulator)
        .isEqualTo(
            new PaymentProperties.Simulator(Duration.ofMillis(150), Duration.ofMillis(50), 0.05));
  }

  @Test
  void refusesAFailureRateThatIsNotAShare() {
    assertThatThrownBy(() -> bind(Map.of("eventmart.payment.simulator.failure-rate", "1.5")))
        .isInstanceOf(BindException.class)
        .rootCause()
        .hasMessageContaining("failure-rate must be between 0 and 1");
  }

  private static PaymentProperties bind(Map<String, String> settings) {
    return new Binder(new MapConfigurationPropertySource(settings))
        .bindOrCreate("eventmart.payment", PaymentProperties.class);
  }
}
