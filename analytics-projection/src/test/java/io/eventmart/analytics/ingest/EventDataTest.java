package io.eventmart.analytics.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventmart.contracts.integration.IntegrationEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventDataTest {

  private static final UUID ORDER = UUID.fromString("00000000-0000-0000-0000-000000000001");

  @Test
  void readsTheFieldsOfTheContractTyped() {
    EventData data =
        data(
            Map.of(
                "orderId",
                ORDER.toString(),
                "quantity",
                3,
                "total",
                "12.50",
                "currency",
                "EUR",
                "items",
                List.of(Map.of("name", "Mug")),
                "shippingAddress",
                Map.of("country", "GB")));

    assertThat(data.uuid("orderId")).isEqualTo(ORDER);
    assertThat(data.integer("quantity")).isEqualTo(3);
    assertThat(data.amount("total")).isEqualTo(new BigDecimal("12.50"));
    assertThat(data.currency("currency")).isEqualTo("EUR");
    assertThat(data.list("items"))
        .singleElement()
        .satisfies(item -> assertThat(item.text("name")).isEqualTo("Mug"));
    assertThat(data.optionalObject("shippingAddress").orElseThrow().optionalText("country"))
        .isEqualTo("GB");
  }

  @Test
  void answersOptionalFieldsThatAreMissingOrNullWithNothing() {
    Map<String, Object> fields = new HashMap<>();
    fields.put("reason", null);
    EventData data = data(fields);

    assertThat(data.optionalText("reason")).isNull();
    assertThat(data.optionalText("detail")).isNull();
    assertThat(data.optionalInteger("lowStockThreshold")).isNull();
    assertThat(data.optionalObject("shippingAddress")).isEmpty();
  }

  @Test
  void turnsAnAmountWithoutDecimalsIntoTwoPlaces() {
    assertThat(data(Map.of("total", 12)).amount("total")).isEqualTo(new BigDecimal("12.00"));
  }

  @Test
  void callsAMissingFieldADataError() {
    assertThatThrownBy(() -> data(Map.of()).uuid("orderId"))
        .isInstanceOf(PoisonMessageException.class)
        .hasMessage("data error in order.created: field orderId is missing");
  }

  @Test
  void callsAFieldOfTheWrongShapeADataError() {
    assertThatThrownBy(() -> data(Map.of("orderId", "nope")).uuid("orderId"))
        .isInstanceOf(PoisonMessageException.class)
        .hasMessageContaining("is not a UUID");
    assertThatThrownBy(() -> data(Map.of("quantity", "3")).integer("quantity"))
        .isInstanceOf(PoisonMessageException.class)
        .hasMessageContaining("is not a whole number");
    assertThatThrownBy(() -> data(Map.of("quantity", 2.5)).integer("quantity"))
        .isInstanceOf(PoisonMessageException.class)
        .hasMessageContaining("is not a whole number");
    assertThatThrownBy(() -> data(Map.of("total", "12.345")).amount("total"))
        .isInstanceOf(PoisonMessageException.class)
        .hasMessageContaining("two decimal places");
    assertThatThrownBy(() -> data(Map.of("currency", "euro")).currency("currency"))
        .isInstanceOf(PoisonMessageException.class)
        .hasMessageContaining("is not a currency code");
    assertThatThrownBy(() -> data(Map.of("items", "many")).list("items"))
        .isInstanceOf(PoisonMessageException.class)
        .hasMessageContaining("is not a list");
    assertThatThrownBy(() -> data(Map.of("items", List.of(1))).list("items"))
        .isInstanceOf(PoisonMessageException.class)
        .hasMessageContaining("holds something other than objects");
  }

  private static EventData data(Map<String, Object> fields) {
    return EventData.of(
        new IntegrationEvent(
            "event-1",
            "order.created",
            Instant.parse("2026-03-02T09:00:00Z"),
            1,
            ORDER.toString(),
            "order",
            0,
            fields,
            null));
  }
}
