package io.eventmart.catalog.order;

import io.eventmart.catalog.readmodel.SqlFilter;
import io.eventmart.contracts.common.ShippingAddress;
import io.eventmart.contracts.order.FailureReason;
import io.eventmart.contracts.order.OrderStatus;
import io.eventmart.contracts.order.query.OrderItemView;
import io.eventmart.contracts.order.query.OrderPage;
import io.eventmart.contracts.order.query.OrderQuery.FindOrder;
import io.eventmart.contracts.order.query.OrderQuery.FindOrders;
import io.eventmart.contracts.order.query.OrderQuery.WatchOrder;
import io.eventmart.contracts.order.query.OrderQuery.WatchOrders;
import io.eventmart.contracts.order.query.OrderStatusUpdate;
import io.eventmart.contracts.order.query.OrderView;
import io.eventmart.contracts.order.query.StatusChange;
import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import reactor.core.publisher.Mono;

/**
 * Answers the order questions of the catalog without blocking, and gives the order-status
 * subscriptions their initial results (their updates come from {@link OrderProjection}).
 */
public class OrderQueries {

  /**
   * An order's own columns, and its payment id: the one its confirmation named or, until then, the
   * payment the catalog knows for it (read here rather than copied into the order, because payment
   * events are projected independently of the order's own).
   */
  private static final String ORDERS =
      """
      SELECT o.order_id, o.customer_id, o.status, o.total, o.currency,
          o.ship_name, o.ship_street, o.ship_city, o.ship_postal_code, o.ship_country,
          o.failure_reason, o.created_at, o.updated_at,
          COALESCE(o.payment_id, (SELECT p.payment_id FROM catalog.payments p
              WHERE p.order_id = o.order_id ORDER BY p.created_at, p.payment_id LIMIT 1))
              AS payment_id
      FROM catalog.orders o""";

  private final DatabaseClient database;

  public OrderQueries(DatabaseClient database) {
    this.database = database;
  }

  @QueryHandler
  CompletableFuture<Optional<OrderView>> handle(FindOrder query) {
    return views(
            database.sql(ORDERS + " WHERE o.order_id = :orderId").bind("orderId", query.orderId()))
        .map(views -> views.stream().findFirst())
        .toFuture();
  }

  /** Newest first; orders placed at the same instant in a stable order. */
  @QueryHandler
  CompletableFuture<OrderPage> handle(FindOrders query) {
    SqlFilter filter =
        new SqlFilter()
            .whenGiven(query.customerId(), "o.customer_id = :customerId", "customerId")
            .whenGiven(
                query.status() == null ? null : query.status().name(),
                "o.status = :status",
                "status");
    Map<String, Object> page = new HashMap<>(filter.parameters());
    page.put("limit", query.page().size());
    page.put("offset", query.page().offset());
    Mono<List<OrderView>> items =
        views(
            database
                .sql(
                    ORDERS
                        + filter.sql()
                        + " ORDER BY o.created_at DESC, o.order_id DESC LIMIT :limit OFFSET :offset")
                .bindValues(page));
    Mono<Long> totalItems =
        database
            .sql("SELECT count(*) AS total_items FROM catalog.orders o" + filter.sql())
            .bindValues(filter.parameters())
            .map(row -> row.get("total_items", Long.class))
            .one();
    return Mono.zip(items, totalItems)
        .map(
            found ->
                new OrderPage(
                    found.getT1(), query.page().page(), query.page().size(), found.getT2()))
        .toFuture();
  }

  /** The initial result of one order's status subscription: its history so far. */
  @QueryHandler
  CompletableFuture<List<OrderStatusUpdate>> handle(WatchOrder query) {
    return database
        .sql(
            """
            SELECT h.order_id, o.customer_id, h.status, h.at, h.reason, h.sequence
            FROM catalog.order_history h JOIN catalog.orders o ON o.order_id = h.order_id
            WHERE h.order_id = :orderId ORDER BY h.sequence""")
        .bind("orderId", query.orderId())
        .map(
            row ->
                new OrderStatusUpdate(
                    row.get("order_id", UUID.class),
                    row.get("customer_id", UUID.class),
                    OrderStatus.valueOf(row.get("status", String.class)),
                    row.get("at", Instant.class),
                    row.get("reason", String.class),
                    sequence(row)))
        .all()
        .collectList()
        .toFuture();
  }

  /**
   * The initial result of the status subscription on many orders: nothing; only the changes from
   * now on are of interest.
   */
  @QueryHandler
  List<OrderStatusUpdate> handle(WatchOrders query) {
    return List.of();
  }

  private Mono<List<OrderView>> views(GenericExecuteSpec orders) {
    return orders.map(OrderRow::of).all().collectList().flatMap(this::withLinesAndHistory);
  }

  /** Reads the lines and the history of all {@code orders} with one query each. */
  private Mono<List<OrderView>> withLinesAndHistory(List<OrderRow> orders) {
    if (orders.isEmpty()) {
      return Mono.just(List.of());
    }
    List<UUID> ids = orders.stream().map(OrderRow::orderId).toList();
    Mono<Map<UUID, Collection<OrderItemView>>> lines =
        database
            .sql(
                """
                SELECT order_id, product_id, product_name, quantity, unit_price, line_total
                FROM catalog.order_lines WHERE order_id IN (:ids) ORDER BY order_id, line_number""")
            .bind("ids", ids)
            .map(row -> Map.entry(row.get("order_id", UUID.class), item(row)))
            .all()
            .collectMultimap(Map.Entry::getKey, Map.Entry::getValue);
    Mono<Map<UUID, Collection<StatusChange>>> history =
        database
            .sql(
                """
                SELECT order_id, status, at, reason, sequence
                FROM catalog.order_history WHERE order_id IN (:ids) ORDER BY order_id, sequence""")
            .bind("ids", ids)
            .map(row -> Map.entry(row.get("order_id", UUID.class), statusChange(row)))
            .all()
            .collectMultimap(Map.Entry::getKey, Map.Entry::getValue);
    return Mono.zip(lines, history)
        .map(
            found ->
                orders.stream()
                    .map(
                        order ->
                            order.toView(
                                found.getT1().getOrDefault(order.orderId(), List.of()),
                                found.getT2().getOrDefault(order.orderId(), List.of())))
                    .toList());
  }

  private static OrderItemView item(Readable row) {
    Integer quantity = row.get("quantity", Integer.class);
    return new OrderItemView(
        row.get("product_id", UUID.class),
        row.get("product_name", String.class),
        quantity == null ? 0 : quantity,
        row.get("unit_price", BigDecimal.class),
        row.get("line_total", BigDecimal.class));
  }

  private static StatusChange statusChange(Readable row) {
    return new StatusChange(
        OrderStatus.valueOf(row.get("status", String.class)),
        row.get("at", Instant.class),
        row.get("reason", String.class),
        sequence(row));
  }

  private static long sequence(Readable row) {
    Long sequence = row.get("sequence", Long.class);
    return sequence == null ? 0 : sequence;
  }

  /** The columns of {@link #ORDERS}. */
  private record OrderRow(
      UUID orderId,
      UUID customerId,
      OrderStatus status,
      BigDecimal total,
      String currency,
      ShippingAddress shippingAddress,
      UUID paymentId,
      FailureReason failureReason,
      Instant createdAt,
      Instant updatedAt) {

    static OrderRow of(Readable row) {
      String failureReason = row.get("failure_reason", String.class);
      return new OrderRow(
          row.get("order_id", UUID.class),
          row.get("customer_id", UUID.class),
          OrderStatus.valueOf(row.get("status", String.class)),
          row.get("total", BigDecimal.class),
          row.get("currency", String.class),
          new ShippingAddress(
              row.get("ship_name", String.class),
              row.get("ship_street", String.class),
              row.get("ship_city", String.class),
              row.get("ship_postal_code", String.class),
              row.get("ship_country", String.class)),
          row.get("payment_id", UUID.class),
          failureReason == null ? null : FailureReason.valueOf(failureReason),
          row.get("created_at", Instant.class),
          row.get("updated_at", Instant.class));
    }

    OrderView toView(Collection<OrderItemView> items, Collection<StatusChange> history) {
      return new OrderView(
          orderId,
          customerId,
          status,
          List.copyOf(items),
          total,
          currency,
          shippingAddress,
          paymentId,
          failureReason,
          List.copyOf(history),
          createdAt,
          updatedAt);
    }
  }
}
