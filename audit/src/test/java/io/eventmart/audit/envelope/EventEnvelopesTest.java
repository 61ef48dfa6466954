package io.eventmart.audit.envelope;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventmart.contracts.audit.AggregateEvent;
import io.eventmart.contracts.audit.AuditMetadata;
import io.eventmart.contracts.audit.AuditedAggregateType;
import io.eventmart.contracts.common.Money;
import io.eventmart.contracts.metadata.EventMetadata;
import io.eventmart.contracts.product.StockEvent.StockRestocked;
import io.eventmart.contracts.product.StockLevels;
import io.eventmart.support.serialization.AxonObjectMapper;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

class EventEnvelopesTest {

  private static final Instant AT = Instant.parse("2026-03-02T09:00:00.123Z");

  private final EventEnvelopes envelopes =
      new EventEnvelopes(
          JacksonSerializer.builder().objectMapper(AxonObjectMapper.create()).build());
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void describesADomainEventWithItsAggregateViewAndMetadata() throws Exception {
    UUID productId = UUID.randomUUID();
    var message =
        new GenericDomainEventMessage<>(
            "Product",
            productId.toString(),
            7,
            new StockRestocked(productId, 5, StockLevels.of(15, 2)),
            MetaData.with(EventMetadata.CORRELATION_ID, "request-1")
                .and(EventMetadata.CAUSATION_ID, "command-1")
                .and(EventMetadata.USER_ID, "user-1"),
            "event-1",
            AT);

    Envelope envelope = envelopes.of(message);

    assertThat(envelope.eventId()).isEqualTo("event-1");
    assertThat(envelope.aggregateType()).isEqualTo(AuditedAggregateType.INVENTORY);
    assertThat(envelope.aggregateId()).isEqualTo(productId.toString());
    assertThat(envelope.sequence()).isEqualTo(7L);
    assertThat(envelope.type()).isEqualTo("StockRestocked");
    assertThat(envelope.payloadType())
        .isEqualTo("io.eventmart.contracts.product.StockEvent$StockRestocked");
    assertThat(envelope.revision()).isEqualTo("1");
    assertThat(envelope.timestamp()).isEqualTo(AT);
    assertThat(envelope.metadata())
        .isEqualTo(new AuditMetadata("request-1", "command-1", "user-1"));
    JsonNode payload = json.readTree(envelope.payloadJson());
    assertThat(payload.get("quantity").asInt()).isEqualTo(5);
    assertThat(payload.get("levels").get("available").asInt()).isEqualTo(13);
    assertThat(json.readTree(envelope.metaDataJson()).get("correlationId").asText())
        .isEqualTo("request-1");
  }

  @Test
  void keepsAmountsAsTheyWereSerialized() throws Exception {
    UUID productId = UUID.randomUUID();
    var message =
        new GenericDomainEventMessage<>(
            "Product",
            productId.toString(),
            0,
            new io.eventmart.contracts.product.ProductEvent.ProductPriceChanged(
                productId, Money.of("10.00", "EUR"), Money.of("9.50", "EUR")),
            MetaData.emptyInstance());

    String payload = envelopes.of(message).payloadJson();

    assertThat(payload).contains("\"amount\":10.00").contains("\"amount\":9.50");
  }

  @Test
  void turnsIntoAStepOfTheAggregatesHistory() {
    UUID productId = UUID.randomUUID();
    var message =
        new GenericDomainEventMessage<>(
            "Product",
            productId.toString(),
            3,
            new StockRestocked(productId, 5, StockLevels.of(15, 0)),
            MetaData.with(EventMetadata.CORRELATION_ID, "request-2"),
            "event-2",
            AT);

    AggregateEvent step = envelopes.of(message).asAggregateEvent();

    assertThat(step.sequence()).isEqualTo(3);
    assertThat(step.type()).isEqualTo("StockRestocked");
    assertThat(step.revision()).isEqualTo("1");
    assertThat(step.timestamp()).isEqualTo(AT);
    assertThat(step.metadata()).isEqualTo(new AuditMetadata("request-2", null, null));
  }

  @Test
  void describesAnEventOfNoAggregateWithoutAggregateOrView() {
    Envelope envelope = envelopes.of(GenericEventMessage.asEventMessage("a plain notice"));

    assertThat(envelope.aggregateType()).isNull();
    assertThat(envelope.aggregateId()).isNull();
    assertThat(envelope.sequence()).isNull();
    assertThat(envelope.type()).isEqualTo("String");
    assertThat(envelope.metadata()).isEqualTo(new AuditMetadata(null, null, null));
  }

  @Test
  void namesAnEventByItsOwnNameWithoutPackageOrFamily() {
    assertThat(EventEnvelopes.eventName("io.eventmart.contracts.order.OrderEvent$OrderPlaced"))
        .isEqualTo("OrderPlaced");
    assertThat(EventEnvelopes.eventName("java.lang.String")).isEqualTo("String");
    assertThat(EventEnvelopes.eventName("Unpackaged")).isEqualTo("Unpackaged");
  }
}
