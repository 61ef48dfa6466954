package io.eventmart.order.saga;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class OrderSagaSettingsTest {

  @Test
  void refusesATimeoutOfZero() {
    assertThatThrownBy(() -> new OrderSagaSettings(Duration.ZERO, Duration.ofSeconds(30)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("paymentTimeout");
  }

  @Test
  void refusesANegativeTimeout() {
    assertThatThrownBy(() -> new OrderSagaSettings(Duration.ofSeconds(30), Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reservationTimeout");
  }
}
