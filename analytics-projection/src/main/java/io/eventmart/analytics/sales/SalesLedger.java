package io.eventmart.analytics.sales;

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

import io.eventmart.analytics.ingest.EventApplier;
import io.eventmart.analytics.ingest.EventData;
import io.eventmart.contracts.integration.IntegrationEvent;
import io.r2dbc.spi.Parameters;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Keeps the sales tables: {@code analytics.orders} with the moment of every step each order
 * reached, {@code analytics.order_lines}, {@code analytics.payments} with their outcome, and {@code
 * analytics.refunds}.
 *
 * <p>Rows are created by the first event of their aggregate ({@code order.created}, {@code
 * payment.initiated}) and completed by the later ones, which come after it because an aggregate's
 * events share a partition. The time of a step is taken once ({@code coalesce}): the first report
 * counts. A status is replaced only by that of a later event of the aggregate ({@code
 * last_sequence}), so an event that arrives late cannot set it back.
 */
public final class SalesLedger implements EventApplier {

  private static final Logger log = LoggerFactory.getLogger(SalesLedger.class);

  private static final Set<String> TYPES =
      Set.of(
          ORDER_CREATED,
          ORDER_CONFIRMED,
          ORDER_PROCESSING,
          ORDER_SHIPPED,
          ORDER_DELIVERED,
          ORDER_CANCELLED,
          ORDER_FAILED,
          PAYMENT_INITIATED,
          PAYMENT_AUTHORIZED,
          PAYMENT_COMPLETED,
          PAYMENT_FAILED,
          PAYMENT_VOIDED,
          PAYMENT_REFUND_REQUESTED,
          PAYMENT_REFUNDED,
          PAYMENT_REFUND_FAILED);

  private static final String CAPTURED = "CAPTURED";

  private final DatabaseClient db;

  public SalesLedger(DatabaseClient db) {
    this.db = db;
  }

  /** Whether events of this type change the sales figures. */
  public static boolean concernsSales(String type) {
    return TYPES.contains(type);
  }

  @Override
  public boolean accepts(String type) {
    return concernsSales(type);
  }

  @Override
  public List<String> tables() {
    return List.of(
        "analytics.orders", "analytics.order_lines", "analytics.payments", "analytics.refunds");
  }

  @Override
  public Mono<Void> apply(IntegrationEvent event) {
    EventData data = EventData.of(event);
    return switch (event.type()) {
      case ORDER_CREATED -> orderCreated(event, data);
      case ORDER_CONFIRMED ->
          update(
              event,
              orderStep(event, data, "confirmed_at", ", payment_id = :paymentId")
                  .bind("paymentId", data.uuid("paymentId")));
      case ORDER_PROCESSING -> update(event, orderStep(event, data, "processing_at", ""));
      case ORDER_SHIPPED -> update(event, orderStep(event, data, "shipped_at", ""));
      case ORDER_DELIVERED -> update(event, orderStep(event, data, "delivered_at", ""));
      case ORDER_CANCELLED ->
          update(
              event,
              orderStep(event, data, "cancelled_at", ", cancelled_by = :cancelledBy")
                  .bind("cancelledBy", optional(data.optionalText("cancelledBy"))));
      case ORDER_FAILED ->
          update(
              event,
              orderStep(event, data, "failed_at", ", failure_reason = :reason")
                  .bind("reason", data.text("reason")));
      case PAYMENT_INITIATED -> paymentInitiated(event, data);
      case PAYMENT_AUTHORIZED -> update(event, paymentStep(event, data, ""));
      case PAYMENT_COMPLETED -> update(event, paymentOutcome(event, data, CAPTURED));
      case PAYMENT_FAILED -> update(event, paymentOutcome(event, data, data.text("status")));
      case PAYMENT_VOIDED ->
          update(
              event,
              paymentStep(event, data, ", voided_at = coalesce(voided_at, :at)")
                  .bind("at", at(event)));
      case PAYMENT_REFUND_REQUESTED -> refund(event, data, "REQUESTED", "requested_at");
      case PAYMENT_REFUNDED ->
          refund(event, data, "COMPLETED", "refunded_at")
              .then(
                  update(
                      event,
                      paymentStep(
                              event, data, ", refunded_total = greatest(refunded_total, :total)")
                          .bind("total", data.amount("totalRefunded"))));
      case PAYMENT_REFUND_FAILED -> refund(event, data, "FAILED", null);
      default -> Mono.empty();
    };
  }

  private Mono<Void> orderCreated(IntegrationEvent event, EventData data) {
    List<EventData> items = data.list("items");
    int units = items.stream().mapToInt(item -> item.integer("quantity")).sum();
    String country =
        data.optionalObject("shippingAddress")
            .map(address -> address.optionalText("country"))
            .orElse(null);
    Mono<Void> order =
        db.sql(
                "INSERT INTO analytics.orders (order_id, customer_id, status, currency, total,"
                    + " units, line_count, shipping_country, placed_at, last_sequence)"
                    + " VALUES (:id, :customer, :status, :currency, :total, :units, :lines,"
                    + " :country, :at, :sequence) ON CONFLICT (order_id) DO NOTHING")
            .bind("id", data.uuid("orderId"))
            .bind("customer", data.uuid("customerId"))
            .bind("status", data.text("status"))
            .bind("currency", data.currency("currency"))
            .bind("total", data.amount("total"))
            .bind("units", units)
            .bind("lines", items.size())
            .bind("country", optional(country))
            .bind("at", at(event))
            .bind("sequence", event.sequence())
            .then();
    Flux<Void> lines =
        Flux.fromIterable(items)
            .concatMap(
                item ->
                    db.sql(
                            "INSERT INTO analytics.order_lines (order_id, product_id,"
                                + " product_name, quantity, unit_price, line_total)"
                                + " VALUES (:order, :product, :name, :quantity, :price, :total)"
                                + " ON CONFLICT (order_id, product_id) DO NOTHING")
                        .bind("order", data.uuid("orderId"))
                        .bind("product", item.uuid("productId"))
                        .bind("name", item.text("name"))
                        .bind("quantity", item.integer("quantity"))
                        .bind("price", item.amount("unitPrice"))
                        .bind("total", item.amount("lineTotal"))
                        .then());
    return order.thenMany(lines).then();
  }

  /** An order reached a step: its time (once), its status (if newer), and {@code more}. */
  private GenericExecuteSpec orderStep(
      IntegrationEvent event, EventData data, String timeColumn, String more) {
    return db.sql(
            "UPDATE analytics.orders SET "
                + timeColumn
                + " = coalesce("
                + timeColumn
                + ", :at)"
                + more
                + ", status = CASE WHEN last_sequence < :sequence THEN :status ELSE status END,"
                + " last_sequence = greatest(last_sequence, :sequence)"
                + " WHERE order_id = :id")
        .bind("at", at(event))
        .bind("status", data.text("status"))
        .bind("sequence", event.sequence())
        .bind("id", data.uuid("orderId"));
  }

  private Mono<Void> paymentInitiated(IntegrationEvent event, EventData data) {
    return db.sql(
            "INSERT INTO analytics.payments (payment_id, order_id, status, currency, amount,"
                + " requested_at, last_sequence)"
                + " VALUES (:id, :order, :status, :currency, :amount, :at, :sequence)"
                + " ON CONFLICT (payment_id) DO NOTHING")
        .bind("id", data.uuid("paymentId"))
        .bind("order", data.uuid("orderId"))
        .bind("status", data.text("status"))
        .bind("currency", data.currency("currency"))
        .bind("amount", data.amount("amount"))
        .bind("at", at(event))
        .bind("sequence", event.sequence())
        .then();
  }

  /** A payment reached an outcome; the first outcome reported is the one that counts. */
  private GenericExecuteSpec paymentOutcome(
      IntegrationEvent event, EventData data, String outcome) {
    return paymentStep(
            event,
            data,
            ", outcome = coalesce(outcome, :outcome), outcome_at = coalesce(outcome_at, :at),"
                + " failure_reason = coalesce(failure_reason, :reason)")
        .bind("outcome", outcome)
        .bind("at", at(event))
        .bind("reason", optional(data.optionalText("reason")));
  }

  /** A payment's status (if newer) and {@code more}. */
  private GenericExecuteSpec paymentStep(IntegrationEvent event, EventData data, String more) {
    return db.sql(
            "UPDATE analytics.payments SET"
                + " status = CASE WHEN last_sequence < :sequence THEN :status ELSE status END,"
                + " last_sequence = greatest(last_sequence, :sequence)"
                + more
                + " WHERE payment_id = :id")
        .bind("status", data.text("status"))
        .bind("sequence", event.sequence())
        .bind("id", data.uuid("paymentId"));
  }

  /**
   * A refund reached {@code status}, at the time in {@code timeColumn} (if any, set once). A
   * completed refund stays completed, and one whose request was not seen is still recorded.
   */
  private Mono<Void> refund(
      IntegrationEvent event, EventData data, String status, String timeColumn) {
    boolean timed = timeColumn != null;
    GenericExecuteSpec upsert =
        db.sql(
                "INSERT INTO analytics.refunds (refund_id, payment_id, order_id, status, currency,"
                    + " amount"
                    + (timed ? ", " + timeColumn : "")
                    + ") VALUES (:refund, :payment, :order, :status, :currency, :amount"
                    + (timed ? ", :at" : "")
                    + ") ON CONFLICT (refund_id) DO UPDATE SET status = CASE"
                    + " WHEN refunds.status = 'COMPLETED' THEN refunds.status"
                    + " ELSE EXCLUDED.status END, amount = EXCLUDED.amount"
                    + (timed
                        ? ", "
                            + timeColumn
                            + " = coalesce(refunds."
                            + timeColumn
                            + ", EXCLUDED."
                            + timeColumn
                            + ")"
                        : ""))
            .bind("refund", data.uuid("refundId"))
            .bind("payment", data.uuid("paymentId"))
            .bind("order", data.uuid("orderId"))
            .bind("status", status)
            .bind("currency", data.currency("currency"))
            .bind("amount", data.amount("amount"));
    return (timed ? upsert.bind("at", at(event)) : upsert).then();
  }

  /**
   * Runs an update of a row the aggregate's first event created. None found means that event fell
   * out of the topic's retention before it was read: nothing can be done but say so.
   */
  private static Mono<Void> update(IntegrationEvent event, GenericExecuteSpec update) {
    return update
        .fetch()
        .rowsUpdated()
        .doOnNext(
            rows -> {
              if (rows == 0) {
                log.warn(
                    "{} {} passed over: {} {} is not known here (its first events were never read)",
                    event.type(),
                    event.id(),
                    event.aggregateType(),
                    event.aggregateId());
              }
            })
        .then();
  }

  /** A text that may be missing: bound as a typed SQL {@code NULL} then. */
  private static Object optional(String value) {
    return value == null ? Parameters.in(String.class) : value;
  }

  private static OffsetDateTime at(IntegrationEvent event) {
    return event.timestamp().atOffset(ZoneOffset.UTC);
  }
}
