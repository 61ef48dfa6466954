package io.eventmart.order.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class OrderPropertiesTest {

  private static OrderProperties bind(Map<String, String> settings) {
    return new Binder(new MapConfigurationPropertySource(settings))
        .bindOrCreate("eventmart.order", Bindable.of(OrderProperties.class));
  }

  @Test
  void givesTheSagaThirtySecondsForStockAndForPaymentByDefault() {
    OrderProperties properties = bind(Map.of());

    assertThat(properties.saga().reservationTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(properties.saga().paymentTimeout()).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void takesTheTimeoutsFromTheConfiguration() {
    OrderProperties properties =
        bind(
            Map.of(
                "eventmart.order.saga.payment-timeout", "2m",
                "eventmart.order.saga.reservation-timeout", "10s"));

    assertThat(properties.saga().paymentTimeout()).isEqualTo(Duration.ofMinutes(2));
    assertThat(properties.saga().reservationTimeout()).isEqualTo(Duration.ofSeconds(10));
  }
}
