package io.eventmart.analytics.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventmart.contracts.integration.IntegrationEvent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvelopeReaderTest {

  private static final String ORDER_CREATED =
      """
      {"id":"event-1","type":"order.created","timestamp":"2026-03-02T09:00:00.123Z","version":1,
       "aggregateId":"order-1","aggregateType":"order","sequence":0,
       "data":{"orderId":"order-1","items":[{"quantity":2,"unitPrice":"5.00"}],"total":"10.00"},
       "metadata":{"correlationId":"request-1","causationId":"command-1","service":"order-service",
                   "userId":null},
       "addedInALaterRevision":true}
      """;

  private final EnvelopeReader reader = new EnvelopeReader();

  @Test
  void readsTheEnvelopeOfTheContractAndIgnoresFieldsItDoesNotKnow() {
    IntegrationEvent event = reader.read(bytes(ORDER_CREATED));

    assertThat(event.id()).isEqualTo("event-1");
    assertThat(event.type()).isEqualTo("order.created");
    assertThat(event.timestamp()).isEqualTo(Instant.parse("2026-03-02T09:00:00.123Z"));
    assertThat(event.version()).isEqualTo(1);
    assertThat(event.aggregateId()).isEqualTo("order-1");
    assertThat(event.aggregateType()).isEqualTo("order");
    assertThat(event.sequence()).isZero();
    assertThat(event.data()).containsEntry("total", "10.00");
    assertThat(event.data().get("items"))
        .isEqualTo(List.of(Map.of("quantity", 2, "unitPrice", "5.00")));
    assertThat(event.metadata())
        .isEqualTo(new IntegrationEvent.Metadata("request-1", "command-1", "order-service", null));
  }

  @Test
  void refusesWhatIsNotJson() {
    assertThatThrownBy(() -> reader.read(bytes("{not json")))
        .isInstanceOf(PoisonMessageException.class)
        .hasMessageStartingWith("not JSON");
  }

  @Test
  void refusesARecordWithoutValue() {
    assertThatThrownBy(() -> reader.read(null))
        .isInstanceOf(PoisonMessageException.class)
        .hasMessage("the record has no value");
  }

  @Test
  void refusesJsonThatIsNotAnObject() {
    assertThatThrownBy(() -> reader.read(bytes("[1, 2]")))
        .isInstanceOf(PoisonMessageException.class)
        .hasMessage("not an integration event: not a JSON object");
  }

  @Test
  void refusesAnEnvelopeWithoutOneOfItsFields() {
    assertThatThrownBy(() -> reader.read(bytes(ORDER_CREATED.replace("\"sequence\":0,", ""))))
        .isInstanceOf(PoisonMessageException.class)
        .hasMessage("not an integration event: no sequence");
  }

  @Test
  void refusesATypeTheContractDoesNotKnow() {
    assertThatThrownBy(
            () -> reader.read(bytes(ORDER_CREATED.replace("order.created", "order.lost"))))
        .isInstanceOf(PoisonMessageException.class)
        .hasMessage("unknown event type order.lost");
  }

  @Test
  void refusesAVersionItWasNotWrittenFor() {
    assertThatThrownBy(
            () -> reader.read(bytes(ORDER_CREATED.replace("\"version\":1", "\"version\":2"))))
        .isInstanceOf(PoisonMessageException.class)
        .hasMessage("unsupported version 2 of order.created");
  }

  @Test
  void refusesDataThatIsNotAnObject() {
    String listAsData =
        ORDER_CREATED
            .replaceFirst("\"data\":\\{", "\"data\":[{")
            .replace("\"total\":\"10.00\"},", "\"total\":\"10.00\"}],");

    assertThatThrownBy(() -> reader.read(bytes(listAsData)))
        .isInstanceOf(PoisonMessageException.class)
        .hasMessage("data error in order.created: data is not an object");
  }

  @Test
  void readsDecimalNumbersExactly() {
    IntegrationEvent event =
        reader.read(bytes(ORDER_CREATED.replace("\"total\":\"10.00\"", "\"total\":10.10")));

    assertThat(event.data().get("total")).isEqualTo(new BigDecimal("10.10"));
  }

  private static byte[] bytes(String json) {
    return json.getBytes(StandardCharsets.UTF_8);
  }
}
