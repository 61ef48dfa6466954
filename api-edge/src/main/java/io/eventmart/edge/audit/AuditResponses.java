package io.eventmart.edge.audit;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.eventmart.contracts.audit.AggregateEvent;
import io.eventmart.contracts.audit.AggregateState;
import io.eventmart.contracts.audit.AuditMetadata;
import io.eventmart.contracts.audit.CartState;
import io.eventmart.contracts.audit.InventoryState;
import io.eventmart.contracts.audit.LoggedEvent;
import io.eventmart.contracts.audit.OrderState;
import io.eventmart.contracts.audit.PaymentState;
import io.eventmart.contracts.audit.ProductState;
import io.eventmart.contracts.audit.StateAsOf;
import io.swagger.v3.oas.annotations.media.DiscriminatorMapping;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/**
 * The JSON the audit endpoints answer with. Payloads are written as the JSON objects they were
 * stored as, never re-encoded, so an auditor sees exactly what was recorded.
 */
final class AuditResponses {

  private static final String PAYLOAD = "The event's payload, as stored (a JSON object)";

  private AuditResponses() {}

  /** Where an event came from. */
  record AuditMetadataView(
      @Schema(description = "The request that started the chain (its X-Correlation-Id)")
          String correlationId,
      @Schema(description = "The message whose handling produced the event") String causationId,
      @Schema(description = "The user the chain acted for") String userId) {

    static AuditMetadataView of(AuditMetadata metadata) {
      return new AuditMetadataView(
          metadata.correlationId(), metadata.causationId(), metadata.userId());
    }
  }

  /** One event of an aggregate's history. */
  record AuditHistoryEvent(
      @Schema(description = "The event's sequence number in its aggregate's stream") long sequence,
      @Schema(description = "The event's name", example = "OrderPlaced") String type,
      @Schema(description = "The revision of the payload's schema", example = "1") String revision,
      Instant timestamp,
      @JsonRawValue @Schema(types = "object", description = PAYLOAD) String payload,
      AuditMetadataView metadata) {

    static AuditHistoryEvent of(AggregateEvent event) {
      return new AuditHistoryEvent(
          event.sequence(),
          event.type(),
          event.revision(),
          event.timestamp(),
          event.payload(),
          AuditMetadataView.of(event.metadata()));
    }
  }

  /**
   * One event of the audit log: a step of a correlation's story, and one line of an export.
   * Identity, aggregate and position come first, so a line reads from left to right like a log.
   */
  record AuditLogEvent(
      @Schema(description = "The event's position in the global event stream") long position,
      @Schema(description = "The event's unique id") String eventId,
      @Schema(
              description = "The audited view: order, cart, product, inventory or payment",
              example = "order")
          String aggregateType,
      String aggregateId,
      @Schema(description = "The event's sequence number in its aggregate's stream") Long sequence,
      @Schema(description = "The event's name", example = "StockReserved") String type,
      @Schema(description = "The revision of the payload's schema", example = "1") String revision,
      Instant timestamp,
      @JsonRawValue @Schema(types = "object", description = PAYLOAD) String payload,
      AuditMetadataView metadata) {

    static AuditLogEvent of(LoggedEvent event) {
      return new AuditLogEvent(
          event.position(),
          event.eventId(),
          event.aggregateType() == null ? null : event.aggregateType().apiName(),
          event.aggregateId(),
          event.sequence(),
          event.type(),
          event.revision(),
          event.timestamp(),
          event.payload(),
          AuditMetadataView.of(event.metadata()));
    }
  }

  /** An aggregate's state rebuilt up to a point of its history. */
  record AuditStateView(
      @Schema(example = "order") String aggregateType,
      UUID aggregateId,
      @Schema(description = "The sequence number of the last event the state reflects")
          long version,
      @Schema(description = "When that event happened") Instant at,
      @Schema(
              description =
                  "The state; its shape follows aggregateType and is the same in every answer"
                      + " for that type (absent facts are null or empty)",
              oneOf = {
                OrderState.class,
                CartState.class,
                ProductState.class,
                InventoryState.class,
                PaymentState.class
              },
              discriminatorProperty = "aggregateType",
              discriminatorMapping = {
                @DiscriminatorMapping(value = "order", schema = OrderState.class),
                @DiscriminatorMapping(value = "cart", schema = CartState.class),
                @DiscriminatorMapping(value = "product", schema = ProductState.class),
                @DiscriminatorMapping(value = "inventory", schema = InventoryState.class),
                @DiscriminatorMapping(value = "payment", schema = PaymentState.class)
              })
          AggregateState state) {

    static AuditStateView of(StateAsOf state) {
      return new AuditStateView(
          state.aggregateType().apiName(),
          state.aggregateId(),
          state.version(),
          state.at(),
          state.state());
    }
  }

  /** The last line of an export. */
  record AuditExportSummary(
      @Schema(
              description =
                  "SHA-256 of the UTF-8 bytes of every line before this one, each with its"
                      + " line feed",
              example = "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
          String digest,
      @Schema(description = "How many event lines come before this one") long count) {}
}
