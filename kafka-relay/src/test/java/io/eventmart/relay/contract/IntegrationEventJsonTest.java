package io.eventmart.relay.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventmart.contracts.integration.IntegrationEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IntegrationEventJsonTest {

  @Test
  void writesTheEnvelopeFieldsInOrderWithAnIsoTimestampAndNullsForMissingMetadata() {
    var event =
        new IntegrationEvent(
            "event-1",
            "order.shipped",
            Instant.parse("2026-11-02T10:15:30.123Z"),
            1,
            "order-7",
            "order",
            4,
            Data.with("orderId", "order-7")
                .and("status", "SHIPPED")
                .and("items", List.of(Map.of("quantity", 2)))
                .build(),
            new IntegrationEvent.Metadata("request-1", "command-2", "order-service", null));

    String json = new String(new IntegrationEventJson().write(event), StandardCharsets.UTF_8);

    assertThat(json)
        .isEqualTo(
            "{\"id\":\"event-1\",\"type\":\"order.shipped\",\"timestamp\":\"2026-11-02T10:15:30.123Z\","
                + "\"version\":1,\"aggregateId\":\"order-7\",\"aggregateType\":\"order\","
                + "\"sequence\":4,\"data\":{\"orderId\":\"order-7\",\"status\":\"SHIPPED\","
                + "\"items\":[{\"quantity\":2}]},\"metadata\":{\"correlationId\":\"request-1\","
                + "\"causationId\":\"command-2\",\"service\":\"order-service\",\"userId\":null}}");
  }
}
