package io.eventmart.catalog.order;

import static io.eventmart.catalog.readmodel.ReadModelStore.bindNullable;

import io.eventmart.catalog.readmodel.CatalogReadModel;
import io.eventmart.catalog.readmodel.ReadModelStore;
import io.eventmart.contracts.order.FailureReason;
import io.eventmart.contracts.order.OrderEvent.OrderCancelled;
import io.eventmart.contracts.order.OrderEvent.OrderConfirmed;
import io.eventmart.contracts.order.OrderEvent.OrderDelivered;
import io.eventmart.contracts.order.OrderEvent.OrderFailed;
import io.eventmart.contracts.order.OrderEvent.OrderPlaced;
import io.eventmart.contracts.order.OrderEvent.OrderProcessingStarted;
import io.eventmart.contracts.order.OrderEvent.OrderShipped;
import io.eventmart.contracts.order.OrderLine;
import io.eventmart.contracts.order.OrderStatus;
import io.eventmart.contracts.order.query.OrderQuery.WatchOrder;
import io.eventmart.contracts.order.query.OrderQuery.WatchOrders;
import io.eventmart.contracts.order.query.OrderStatusUpdate;
import io.eventmart.contracts.order.query.StatusChange;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Writes {@code catalog.orders} with its lines and history from the order aggregate's events, and
 * announces every status change to the {@link WatchOrder} and {@link WatchOrders} subscribers.
 *
 * <p>Each event's rows are written in one transaction that also advances the order's {@code
 * last_sequence}; an event at or below it was applied already, so it writes nothing and is not
 * announced again. Updates go out once the write has committed (the emitter holds them until the
 * processor's unit of work commits as well), and never while the read model is being rebuilt.
 */
@ProcessingGroup(CatalogReadModel.PROCESSING_GROUP)
public class OrderProjection {

  private final ReadModelStore store;
  private final QueryUpdateEmitter updates;

  public OrderProjection(ReadModelStore store, QueryUpdateEmitter updates) {
    this.store = store;
    this.updates = updates;
  }

  @EventHandler
  void on(
      OrderPlaced event,
      @SequenceNumber long sequence,
      @Timestamp Instant at,
      ReplayStatus replay) {
    StatusChange placed = new StatusChange(OrderStatus.PENDING, at, null, sequence);
    store
        .inTransaction(
            database ->
                insertOrder(database, event, placed)
                    .filter(inserted -> inserted > 0)
                    .flatMap(
                        inserted ->
                            insertLines(database, event)
                                .then(insertHistory(database, event.orderId(), placed))
                                .thenReturn(event.customerId())))
        .ifPresent(customerId -> announce(event.orderId(), customerId, placed, replay));
  }

  @EventHandler
  void on(
      OrderConfirmed event,
      @SequenceNumber long sequence,
      @Timestamp Instant at,
      ReplayStatus replay) {
    changeStatus(
        event.orderId(),
        new StatusChange(OrderStatus.CONFIRMED, at, null, sequence),
        event.paymentId(),
        null,
        replay);
  }

  @EventHandler
  void on(
      OrderProcessingStarted event,
      @SequenceNumber long sequence,
      @Timestamp Instant at,
      ReplayStatus replay) {
    changeStatus(
        event.orderId(),
        new StatusChange(OrderStatus.PROCESSING, at, null, sequence),
        null,
        null,
        replay);
  }

  @EventHandler
  void on(
      OrderShipped event,
      @SequenceNumber long sequence,
      @Timestamp Instant at,
      ReplayStatus replay) {
    changeStatus(
        event.orderId(),
        new StatusChange(OrderStatus.SHIPPED, at, null, sequence),
        null,
        null,
        replay);
  }

  @EventHandler
  void on(
      OrderDelivered event,
      @SequenceNumber long sequence,
      @Timestamp Instant at,
      ReplayStatus replay) {
    changeStatus(
        event.orderId(),
        new StatusChange(OrderStatus.DELIVERED, at, null, sequence),
        null,
        null,
        replay);
  }

  @EventHandler
  void on(
      OrderCancelled event,
      @SequenceNumber long sequence,
      @Timestamp Instant at,
      ReplayStatus replay) {
    changeStatus(
        event.orderId(),
        new StatusChange(OrderStatus.CANCELLED, at, event.reason(), sequence),
        null,
        null,
        replay);
  }

  /** The history says what happened ({@code detail}); the order keeps the reason's code. */
  @EventHandler
  void on(
      OrderFailed event,
      @SequenceNumber long sequence,
      @Timestamp Instant at,
      ReplayStatus replay) {
    changeStatus(
        event.orderId(),
        new StatusChange(OrderStatus.FAILED, at, event.detail(), sequence),
        null,
        event.reason(),
        replay);
  }

  /** A rebuild starts from empty tables. */
  @ResetHandler
  void reset() {
    store.truncate("catalog.orders", "catalog.order_lines", "catalog.order_history");
  }

  /**
   * Moves the order to {@code change}'s status, records the step in its history, and announces it;
   * all unless the event was applied already. {@code paymentId} and {@code failureReason} are set
   * when given.
   */
  private void changeStatus(
      UUID orderId,
      StatusChange change,
      UUID paymentId,
      FailureReason failureReason,
      ReplayStatus replay) {
    store
        .inTransaction(
            database -> {
              GenericExecuteSpec update =
                  database
                      .sql(
                          """
                          UPDATE catalog.orders SET status = :status,
                              payment_id = COALESCE(:paymentId, payment_id),
                              failure_reason = COALESCE(:failureReason, failure_reason),
                              updated_at = :at, last_sequence = :sequence
                          WHERE order_id = :orderId AND last_sequence < :sequence
                          RETURNING customer_id""")
                      .bind("orderId", orderId)
                      .bind("status", change.status().name())
                      .bind("at", change.at())
                      .bind("sequence", change.sequence());
              update = bindNullable(update, "paymentId", paymentId, UUID.class);
              update =
                  bindNullable(
                      update,
                      "failureReason",
                      failureReason == null ? null : failureReason.name(),
                      String.class);
              return update
                  .map(row -> row.get("customer_id", UUID.class))
                  .one()
                  .flatMap(
                      customerId ->
                          insertHistory(database, orderId, change).thenReturn(customerId));
            })
        .ifPresent(customerId -> announce(orderId, customerId, change, replay));
  }

  private void announce(UUID orderId, UUID customerId, StatusChange change, ReplayStatus replay) {
    if (replay.isReplay()) {
      return;
    }
    OrderStatusUpdate update =
        new OrderStatusUpdate(
            orderId, customerId, change.status(), change.at(), change.reason(), change.sequence());
    updates.emit(WatchOrder.class, watch -> watch.orderId().equals(orderId), update);
    updates.emit(
        WatchOrders.class,
        watch -> watch.customerId() == null || watch.customerId().equals(customerId),
        update);
  }

  /** Answers 1 when the order is new, 0 when it was placed already. */
  private static Mono<Long> insertOrder(
      DatabaseClient database, OrderPlaced event, StatusChange placed) {
    return database
        .sql(
            """
            INSERT INTO catalog.orders (order_id, customer_id, status, total, currency,
                ship_name, ship_street, ship_city, ship_postal_code, ship_country,
                created_at, updated_at, last_sequence)
            VALUES (:orderId, :customerId, :status, :total, :currency,
                :shipName, :shipStreet, :shipCity, :shipPostalCode, :shipCountry,
                :at, :at, :sequence)
            ON CONFLICT (order_id) DO NOTHING""")
        .bind("orderId", event.orderId())
        .bind("customerId", event.customerId())
        .bind("status", placed.status().name())
        .bind("total", event.total().amount())
        .bind("currency", event.total().currency())
        .bind("shipName", event.shippingAddress().name())
        .bind("shipStreet", event.shippingAddress().street())
        .bind("shipCity", event.shippingAddress().city())
        .bind("shipPostalCode", event.shippingAddress().postalCode())
        .bind("shipCountry", event.shippingAddress().country())
        .bind("at", placed.at())
        .bind("sequence", placed.sequence())
        .fetch()
        .rowsUpdated();
  }

  private static Mono<Void> insertLines(DatabaseClient database, OrderPlaced event) {
    return Flux.fromIterable(event.lines())
        .index()
        .concatMap(
            numbered -> {
              OrderLine line = numbered.getT2();
              return database
                  .sql(
                      """
                      INSERT INTO catalog.order_lines (order_id, line_number, product_id,
                          product_name, quantity, unit_price, line_total)
                      VALUES (:orderId, :lineNumber, :productId,
                          :productName, :quantity, :unitPrice, :lineTotal)""")
                  .bind("orderId", event.orderId())
                  .bind("lineNumber", numbered.getT1().intValue())
                  .bind("productId", line.productId())
                  .bind("productName", line.productName())
                  .bind("quantity", line.quantity())
                  .bind("unitPrice", line.unitPrice().amount())
                  .bind("lineTotal", line.lineTotal().amount())
                  .then();
            })
        .then();
  }

  private static Mono<Void> insertHistory(
      DatabaseClient database, UUID orderId, StatusChange change) {
    GenericExecuteSpec insert =
        database
            .sql(
                """
                INSERT INTO catalog.order_history (order_id, sequence, status, at, reason)
                VALUES (:orderId, :sequence, :status, :at, :reason)""")
            .bind("orderId", orderId)
            .bind("sequence", change.sequence())
            .bind("status", change.status().name())
            .bind("at", change.at());
    return bindNullable(insert, "reason", change.reason(), String.class).then();
  }
}
