package io.eventmart.analytics.testdata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventmart.contracts.integration.IntegrationTopic;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * "Given integration events": publishes envelopes to the (prefixed) integration topics exactly as
 * docs/integration-events.md describes them and the relay writes them: keyed by aggregate id, with
 * consecutive sequences per aggregate, at the times the test says.
 */
public final class Shop implements AutoCloseable {

  /** An order line. */
  public record Line(UUID productId, String name, int quantity, String unitPrice) {

    String lineTotal() {
      return new BigDecimal(unitPrice).multiply(BigDecimal.valueOf(quantity)).toPlainString();
    }
  }

  /** A record as it was sent, so it can be delivered again. */
  public record Sent(String topic, String key, byte[] value, String eventId) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final KafkaProducer<String, byte[]> producer;
  private final String prefix;
  private final Map<String, Long> sequences = new HashMap<>();
  private final Map<UUID, List<Line>> orders = new HashMap<>();
  private final Map<UUID, String> currencies = new HashMap<>();

  public Shop(String bootstrapServers, String prefix) {
    this.producer =
        new KafkaProducer<>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
    this.prefix = prefix;
  }

  public static Line line(UUID productId, String name, int quantity, String unitPrice) {
    return new Line(productId, name, quantity, unitPrice);
  }

  // ------------------------------------------------------------------------------- orders

  public Sent placeOrder(UUID order, Instant at, String currency, Line... lines) {
    orders.put(order, List.of(lines));
    currencies.put(order, currency);
    List<Map<String, Object>> items = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    for (Line line : lines) {
      items.add(
          fields(
              "productId", line.productId().toString(),
              "name", line.name(),
              "quantity", line.quantity(),
              "unitPrice", line.unitPrice(),
              "lineTotal", line.lineTotal()));
      total = total.add(new BigDecimal(line.lineTotal()));
    }
    return order(
        order,
        "order.created",
        at,
        fields(
            "orderId",
            order.toString(),
            "status",
            "PENDING",
            "customerId",
            UUID.nameUUIDFromBytes(("customer" + order).getBytes()).toString(),
            "items",
            items,
            "total",
            total.toPlainString(),
            "currency",
            currency,
            "shippingAddress",
            fields(
                "name", "Ada",
                "street", "1 Way",
                "city", "London",
                "postalCode", "N1",
                "country", "GB"),
            "paymentMethodType",
            "card"));
  }

  public Sent confirmOrder(UUID order, Instant at) {
    return order(
        order,
        "order.confirmed",
        at,
        fields(
            "orderId", order.toString(),
            "status", "CONFIRMED",
            "paymentId", paymentOf(order).toString()));
  }

  public Sent startProcessing(UUID order, Instant at) {
    return order(order, "order.processing", at, status(order, "PROCESSING"));
  }

  public Sent cancelOrder(UUID order, Instant at, String previousStatus) {
    Map<String, Object> data = status(order, "CANCELLED");
    data.put("previousStatus", previousStatus);
    data.put("cancelledBy", "CUSTOMER");
    data.put("reason", null);
    return order(order, "order.cancelled", at, data);
  }

  public Sent failOrder(UUID order, Instant at, String reason) {
    Map<String, Object> data = status(order, "FAILED");
    data.put("reason", reason);
    data.put("detail", "because the test says so");
    return order(order, "order.failed", at, data);
  }

  // ------------------------------------------------------------------------------ payments

  public Sent requestPayment(UUID order, Instant at) {
    UUID payment = paymentOf(order);
    Map<String, Object> data = payment(order, "PENDING");
    data.put("customerId", UUID.nameUUIDFromBytes(("customer" + order).getBytes()).toString());
    data.put("amount", totalOf(order));
    data.put("currency", currencies.get(order));
    data.put("methodType", "card");
    return payment(payment, "payment.initiated", at, data);
  }

  public Sent completePayment(UUID order, Instant at) {
    Map<String, Object> data = payment(order, "CAPTURED");
    data.put("amount", totalOf(order));
    data.put("currency", currencies.get(order));
    data.put("gatewayReference", "gw-" + order);
    return payment(paymentOf(order), "payment.completed", at, data);
  }

  public Sent declinePayment(UUID order, Instant at) {
    Map<String, Object> data = payment(order, "DECLINED");
    data.put("reason", "insufficient funds");
    return payment(paymentOf(order), "payment.failed", at, data);
  }

  public Sent failPayment(UUID order, Instant at) {
    Map<String, Object> data = payment(order, "FAILED");
    data.put("reason", "payment gateway unavailable");
    return payment(paymentOf(order), "payment.failed", at, data);
  }

  public Sent refund(UUID order, Instant at, String amount) {
    UUID refund = UUID.nameUUIDFromBytes(("refund" + order).getBytes());
    Map<String, Object> data = payment(order, "REFUNDED");
    data.put("refundId", refund.toString());
    data.put("amount", amount);
    data.put("totalRefunded", amount);
    data.put("currency", currencies.get(order));
    data.put("gatewayReference", "gw-refund-" + order);
    return payment(paymentOf(order), "payment.refunded", at, data);
  }

  // -------------------------------------------------------------------------- the catalog

  public Sent registerProduct(UUID product, String name, String price, Instant at) {
    return send(
        IntegrationTopic.PRODUCT_EVENTS,
        product,
        "product.created",
        "product",
        at,
        fields(
            "productId",
            product.toString(),
            "sku",
            "SKU-" + product,
            "name",
            name,
            "description",
            "",
            "category",
            "Home",
            "price",
            price,
            "currency",
            "EUR",
            "status",
            "ACTIVE"));
  }

  public Sent renameProduct(UUID product, String name, Instant at) {
    return send(
        IntegrationTopic.PRODUCT_EVENTS,
        product,
        "product.updated",
        "product",
        at,
        fields(
            "productId", product.toString(), "name", name, "description", "", "category", "Home"));
  }

  public Sent discontinueProduct(UUID product, Instant at) {
    return send(
        IntegrationTopic.PRODUCT_EVENTS,
        product,
        "product.deleted",
        "product",
        at,
        fields("productId", product.toString(), "status", "DISCONTINUED"));
  }

  // ---------------------------------------------------------------------------- the stock

  public Sent openStock(UUID product, Instant at, int onHand, int threshold) {
    Map<String, Object> data = levels(product, onHand, 0);
    data.put("change", "INITIALIZED");
    data.put("lowStockThreshold", threshold);
    return stock(product, "inventory.updated", at, data);
  }

  public Sent reserve(UUID product, Instant at, int quantity, int onHand, int reserved) {
    Map<String, Object> data = levels(product, onHand, reserved);
    data.put(
        "orderId", UUID.nameUUIDFromBytes(("order-of-" + product + onHand).getBytes()).toString());
    data.put("quantity", quantity);
    return stock(product, "inventory.reserved", at, data);
  }

  public Sent restock(UUID product, Instant at, int quantity, int onHand, int reserved) {
    Map<String, Object> data = levels(product, onHand, reserved);
    data.put("change", "RESTOCKED");
    data.put("quantity", quantity);
    return stock(product, "inventory.updated", at, data);
  }

  public Sent lowStock(UUID product, Instant at, int available, int threshold) {
    return stock(
        product,
        "inventory.low_stock",
        at,
        fields("productId", product.toString(), "available", available, "threshold", threshold));
  }

  public Sent lowStockResolved(UUID product, Instant at, int available, int threshold) {
    return stock(
        product,
        "inventory.low_stock_resolved",
        at,
        fields("productId", product.toString(), "available", available, "threshold", threshold));
  }

  // ---------------------------------------------------------------------------- the wire

  /** Delivers a record once more, exactly as it was. */
  public void deliverAgain(Sent sent) {
    send(new ProducerRecord<>(sent.topic(), sent.key(), sent.value()));
  }

  /** Sends any bytes, e.g. a poison message, to a topic of the contract. */
  public Sent sendRaw(IntegrationTopic topic, String key, byte[] value) {
    var record = new ProducerRecord<>(prefix + topic.topicName(), key, value);
    send(record);
    return new Sent(record.topic(), key, value, null);
  }

  /** Sends an envelope the test shapes itself. */
  public Sent sendEnvelope(IntegrationTopic topic, String key, Map<String, Object> envelope) {
    return sendRaw(topic, key, json(envelope));
  }

  /** A well-formed envelope of {@code type} for aggregate {@code aggregateId}, next in sequence. */
  public Map<String, Object> envelope(
      String type, String aggregateType, UUID aggregateId, Instant at, Map<String, Object> data) {
    long sequence = sequences.merge(aggregateType + aggregateId, 1L, Long::sum) - 1;
    return fields(
        "id",
        UUID.randomUUID().toString(),
        "type",
        type,
        "timestamp",
        at.toString(),
        "version",
        1,
        "aggregateId",
        aggregateId.toString(),
        "aggregateType",
        aggregateType,
        "sequence",
        sequence,
        "data",
        data,
        "metadata",
        fields(
            "correlationId",
            "request-" + aggregateId,
            "causationId",
            "command-" + sequence,
            "service",
            "test",
            "userId",
            null));
  }

  private Sent order(UUID order, String type, Instant at, Map<String, Object> data) {
    return send(IntegrationTopic.ORDER_EVENTS, order, type, "order", at, data);
  }

  private Sent payment(UUID payment, String type, Instant at, Map<String, Object> data) {
    return send(IntegrationTopic.PAYMENT_EVENTS, payment, type, "payment", at, data);
  }

  private Sent stock(UUID product, String type, Instant at, Map<String, Object> data) {
    return send(IntegrationTopic.INVENTORY_EVENTS, product, type, "inventory", at, data);
  }

  private Sent send(
      IntegrationTopic topic,
      UUID aggregateId,
      String type,
      String aggregateType,
      Instant at,
      Map<String, Object> data) {
    Map<String, Object> envelope = envelope(type, aggregateType, aggregateId, at, data);
    Sent sent = sendEnvelope(topic, aggregateId.toString(), envelope);
    return new Sent(sent.topic(), sent.key(), sent.value(), (String) envelope.get("id"));
  }

  private void send(ProducerRecord<String, byte[]> record) {
    try {
      producer.send(record).get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("could not send " + record, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private Map<String, Object> status(UUID order, String status) {
    return fields("orderId", order.toString(), "status", status);
  }

  private Map<String, Object> payment(UUID order, String status) {
    return fields(
        "paymentId", paymentOf(order).toString(), "orderId", order.toString(), "status", status);
  }

  private static Map<String, Object> levels(UUID product, int onHand, int reserved) {
    return fields(
        "productId",
        product.toString(),
        "onHand",
        onHand,
        "reserved",
        reserved,
        "available",
        onHand - reserved);
  }

  private String totalOf(UUID order) {
    return orders.get(order).stream()
        .map(line -> new BigDecimal(line.lineTotal()))
        .reduce(BigDecimal.ZERO, BigDecimal::add)
        .toPlainString();
  }

  public static UUID paymentOf(UUID order) {
    return UUID.nameUUIDFromBytes(("payment" + order).getBytes());
  }

  /** A JSON object with its fields in the given order; values may be {@code null}. */
  public static Map<String, Object> fields(Object... namesAndValues) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return fields;
  }

  private static byte[] json(Object value) {
    try {
      return JSON.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  @Override
  public void close() {
    producer.close();
  }
}
