package io.eventmart.analytics.ingest;

import static io.eventmart.contracts.integration.IntegrationEventTypes.CART_CHECKED_OUT;
import static io.eventmart.contracts.integration.IntegrationEventTypes.CART_CLEARED;
import static io.eventmart.contracts.integration.IntegrationEventTypes.CART_ITEM_ADDED;
import static io.eventmart.contracts.integration.IntegrationEventTypes.CART_ITEM_CHANGED;
import static io.eventmart.contracts.integration.IntegrationEventTypes.CART_ITEM_REMOVED;
import static io.eventmart.contracts.integration.IntegrationEventTypes.INVENTORY_LOW_STOCK;
import static io.eventmart.contracts.integration.IntegrationEventTypes.INVENTORY_LOW_STOCK_RESOLVED;
import static io.eventmart.contracts.integration.IntegrationEventTypes.INVENTORY_RELEASED;
import static io.eventmart.contracts.integration.IntegrationEventTypes.INVENTORY_RESERVATION_REJECTED;
import static io.eventmart.contracts.integration.IntegrationEventTypes.INVENTORY_RESERVED;
import static io.eventmart.contracts.integration.IntegrationEventTypes.INVENTORY_UPDATED;
import static io.eventmart.contracts.integration.IntegrationEventTypes.ORDER_CANCELLED;
import static io.eventmart.contracts.integration.IntegrationEventTypes.ORDER_CONFIRMED;
import static io.eventmart.contracts.integration.IntegrationEventTypes.ORDER_CREATED;
import static io.eventmart.contracts.integration.IntegrationEventTypes.ORDER_DELIVERED;
import static io.eventmart.contracts.integration.IntegrationEventTypes.ORDER_FAILED;
import static io.eventmart.contracts.integration.IntegrationEventTypes.ORDER_PROCESSING;
import static io.eventmart.contracts.integration.IntegrationEventTypes.ORDER_SHIPPED;
import static io.eventmart.contracts.integration.IntegrationEventTypes.PAYMENT_AUTHORIZED;
import static io.eventmart.contracts.integration.IntegrationEventTypes.PAYMENT_COMPLETED;
import static io.eventmart.contracts.integration.IntegrationEventTypes.PAYMENT_FAILED;
import static io.eventmart.contracts.integration.IntegrationEventTypes.PAYMENT_INITIATED;
import static io.eventmart.contracts.integration.IntegrationEventTypes.PAYMENT_REFUNDED;
import static io.eventmart.contracts.integration.IntegrationEventTypes.PAYMENT_REFUND_FAILED;
import static io.eventmart.contracts.integration.IntegrationEventTypes.PAYMENT_REFUND_REQUESTED;
import static io.eventmart.contracts.integration.IntegrationEventTypes.PAYMENT_VOIDED;
import static io.eventmart.contracts.integration.IntegrationEventTypes.PRODUCT_CREATED;
import static io.eventmart.contracts.integration.IntegrationEventTypes.PRODUCT_DELETED;
import static io.eventmart.contracts.integration.IntegrationEventTypes.PRODUCT_PRICE_CHANGED;
import static io.eventmart.contracts.integration.IntegrationEventTypes.PRODUCT_UPDATED;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.eventmart.contracts.integration.IntegrationEvent;
import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * Reads a Kafka record's value as an integration event envelope and checks that this consumer
 * understands it: every envelope field present, a type of the contract, and a data version it was
 * written for. Anything else is a {@link PoisonMessageException}. Envelope fields this consumer
 * does not know (added in a compatible revision of the envelope) are ignored.
 */
public final class EnvelopeReader {

  /** The version of the {@code data} schemas this consumer was written for. */
  static final int SUPPORTED_VERSION = 1;

  private static final List<String> REQUIRED_FIELDS =
      List.of(
          "id", "type", "timestamp", "version", "aggregateId", "aggregateType", "sequence", "data");

  /** Every type of the contract; those analytics has no use for are accepted and passed over. */
  private static final Set<String> KNOWN_TYPES =
      Set.of(
          ORDER_CREATED,
          ORDER_CONFIRMED,
          ORDER_PROCESSING,
          ORDER_SHIPPED,
          ORDER_DELIVERED,
          ORDER_CANCELLED,
          ORDER_FAILED,
          INVENTORY_RESERVED,
          INVENTORY_RELEASED,
          INVENTORY_UPDATED,
          INVENTORY_LOW_STOCK,
          INVENTORY_RESERVATION_REJECTED,
          INVENTORY_LOW_STOCK_RESOLVED,
          PAYMENT_INITIATED,
          PAYMENT_AUTHORIZED,
          PAYMENT_COMPLETED,
          PAYMENT_FAILED,
          PAYMENT_VOIDED,
          PAYMENT_REFUND_REQUESTED,
          PAYMENT_REFUNDED,
          PAYMENT_REFUND_FAILED,
          PRODUCT_CREATED,
          PRODUCT_UPDATED,
          PRODUCT_PRICE_CHANGED,
          PRODUCT_DELETED,
          CART_ITEM_ADDED,
          CART_ITEM_CHANGED,
          CART_ITEM_REMOVED,
          CART_CLEARED,
          CART_CHECKED_OUT);

  private final ObjectMapper json =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          // Amounts written as numbers keep their scale (10.10 stays 10.10).
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  public IntegrationEvent read(byte[] value) {
    if (value == null || value.length == 0) {
      throw new PoisonMessageException("the record has no value");
    }
    JsonNode envelope = parse(value);
    for (String field : REQUIRED_FIELDS) {
      if (!envelope.hasNonNull(field)) {
        throw new PoisonMessageException("not an integration event: no " + field);
      }
    }
    String type = envelope.get("type").asText();
    if (!KNOWN_TYPES.contains(type)) {
      throw new PoisonMessageException("unknown event type " + type);
    }
    int version = envelope.get("version").asInt();
    if (version != SUPPORTED_VERSION) {
      throw new PoisonMessageException(
          "unsupported version " + envelope.get("version") + " of " + type);
    }
    if (!envelope.get("data").isObject()) {
      throw new PoisonMessageException("data error in " + type + ": data is not an object");
    }
    try {
      return json.treeToValue(envelope, IntegrationEvent.class);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new PoisonMessageException("not an integration event: " + e.getMessage(), e);
    }
  }

  private JsonNode parse(byte[] value) {
    try {
      JsonNode node = json.readTree(value);
      if (node == null || !node.isObject()) {
        throw new PoisonMessageException("not an integration event: not a JSON object");
      }
      return node;
    } catch (IOException e) {
      throw new PoisonMessageException("not JSON: " + e.getMessage(), e);
    }
  }
}
