package io.eventmart.catalog.it;

import static io.eventmart.catalog.it.OrderBuilder.anOrder;
import static io.eventmart.catalog.it.ProductBuilder.aProduct;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventmart.contracts.order.OrderEvent.OrderConfirmed;
import io.eventmart.contracts.order.OrderEvent.OrderProcessingStarted;
import io.eventmart.contracts.order.OrderEvent.OrderShipped;
import io.eventmart.contracts.order.OrderStatus;
import io.eventmart.contracts.order.query.OrderQuery.WatchOrder;
import io.eventmart.contracts.order.query.OrderQuery.WatchOrders;
import io.eventmart.contracts.order.query.OrderStatusUpdate;
import io.eventmart.contracts.payment.PaymentIds;
import io.eventmart.contracts.product.ReservationRejectionReason;
import io.eventmart.contracts.product.StockEvent.LowStockDetected;
import io.eventmart.contracts.product.StockEvent.StockReservationRejected;
import io.eventmart.contracts.product.StockEvent.StockReserved;
import io.eventmart.contracts.product.StockEvent.StockRestocked;
import io.eventmart.contracts.product.StockLevels;
import io.eventmart.contracts.product.query.InventoryView;
import io.eventmart.contracts.product.query.ProductQuery.WatchStock;
import io.eventmart.testsupport.TestPostgres;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import reactor.test.StepVerifier;

/**
 * The subscription queries, as the edge's server-sent events use them: the initial result, then an
 * update for each change, sent once the change can be read.
 */
@CatalogTest
class SubscriptionQueriesIT {

  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestPostgres.freshDatabase("catalog_subscriptions").registerAsDataSource(registry);
  }

  @Autowired EventFeed given;
  @Autowired Catalog catalog;
  @Autowired QueryGateway queries;

  private final List<SubscriptionQueryResult<?, ?>> subscriptions = new ArrayList<>();

  @AfterEach
  void closeSubscriptions() {
    subscriptions.forEach(SubscriptionQueryResult::close);
  }

  @Test
  void watchingAnOrderGivesItsHistorySoFarThenEachChange() {
    OrderBuilder order = anOrder();
    UUID id = order.id();
    Instant placedAt = given.order(id, order.placed());
    Instant confirmedAt = given.order(id, new OrderConfirmed(id, PaymentIds.forOrder(id)));
    catalog.awaitCaughtUp();
    AtomicReference<Instant> processingAt = new AtomicReference<>();
    AtomicReference<Instant> shippedAt = new AtomicReference<>();

    var watch = watchOrder(id);
    assertThat(watch.initialResult().block(PATIENCE))
        .containsExactly(
            new OrderStatusUpdate(id, order.customerId(), OrderStatus.PENDING, placedAt, null, 0),
            new OrderStatusUpdate(
                id, order.customerId(), OrderStatus.CONFIRMED, confirmedAt, null, 1));

    List<OrderStatusUpdate> received = new CopyOnWriteArrayList<>();
    StepVerifier.create(watch.updates())
        .then(() -> processingAt.set(given.order(id, new OrderProcessingStarted(id))))
        .consumeNextWith(received::add)
        .then(() -> shippedAt.set(given.order(id, new OrderShipped(id))))
        .consumeNextWith(received::add)
        .thenCancel()
        .verify(PATIENCE);

    assertThat(received)
        .containsExactly(
            new OrderStatusUpdate(
                id, order.customerId(), OrderStatus.PROCESSING, processingAt.get(), null, 2),
            new OrderStatusUpdate(
                id, order.customerId(), OrderStatus.SHIPPED, shippedAt.get(), null, 3));
  }

  @Test
  void watchingAnOrderNotPlacedYetStartsEmpty() {
    OrderBuilder order = anOrder();

    var watch = watchOrder(order.id());
    assertThat(watch.initialResult().block(PATIENCE)).isEmpty();

    StepVerifier.create(watch.updates())
        .then(() -> given.order(order.id(), order.placed()))
        .assertNext(
            update -> {
              assertThat(update.orderId()).isEqualTo(order.id());
              assertThat(update.status()).isEqualTo(OrderStatus.PENDING);
              assertThat(update.sequence()).isZero();
            })
        .thenCancel()
        .verify(PATIENCE);
  }

  @Test
  void sendsAnUpdateOnlyOnceTheChangeCanBeRead() {
    OrderBuilder order = anOrder();
    UUID id = order.id();
    given.order(id, order.placed());
    catalog.awaitCaughtUp();

    var watch = watchOrder(id);
    StepVerifier.create(watch.updates())
        .then(() -> given.order(id, new OrderConfirmed(id, PaymentIds.forOrder(id))))
        .assertNext(
            update ->
                assertThat(catalog.order(id).orElseThrow().status())
                    .isEqualTo(OrderStatus.CONFIRMED)
                    .isEqualTo(update.status()))
        .thenCancel()
        .verify(PATIENCE);
  }

  @Test
  void watchingACustomersOrdersGivesNothingAtFirstThenOnlyTheirChanges() {
    UUID customer = UUID.randomUUID();
    OrderBuilder someoneElses = anOrder();
    OrderBuilder theirs = anOrder().by(customer);

    var watch = watchOrders(customer);
    assertThat(watch.initialResult().block(PATIENCE)).isEmpty();

    StepVerifier.create(watch.updates())
        .then(() -> given.order(someoneElses.id(), someoneElses.placed()))
        .then(() -> given.order(theirs.id(), theirs.placed()))
        .assertNext(
            update -> {
              assertThat(update.orderId()).isEqualTo(theirs.id());
              assertThat(update.customerId()).isEqualTo(customer);
              assertThat(update.status()).isEqualTo(OrderStatus.PENDING);
            })
        .thenCancel()
        .verify(PATIENCE);
  }

  @Test
  void watchingEverybodysOrdersGivesTheChangesOfEveryCustomer() {
    OrderBuilder first = anOrder();
    OrderBuilder second = anOrder();
    Set<UUID> ours = Set.of(first.id(), second.id());

    var watch = watchOrders(null);
    StepVerifier.create(watch.updates().filter(update -> ours.contains(update.orderId())))
        .then(() -> given.order(first.id(), first.placed()))
        .then(() -> given.order(second.id(), second.placed()))
        .recordWith(ArrayList::new)
        .expectNextCount(2)
        .consumeRecordedWith(
            updates ->
                assertThat(updates)
                    .extracting(OrderStatusUpdate::customerId)
                    .containsExactlyInAnyOrder(first.customerId(), second.customerId()))
        .thenCancel()
        .verify(PATIENCE);
  }

  @Test
  void watchingStockGivesTheInventoryNowThenEachChangeOfItsLevels() {
    ProductBuilder lamp = aProduct().withStock(10).lowBelow(8);
    UUID id = lamp.id();
    given.product(id, lamp.registered());
    catalog.awaitCaughtUp();

    var watch = watchStock(id);
    assertThat(watch.initialResult().block(PATIENCE))
        .containsExactly(new InventoryView(id, 10, 0, 10, 8));

    StepVerifier.create(watch.updates())
        .then(
            () ->
                given.product(
                    id,
                    new StockReserved(id, UUID.randomUUID(), 3, StockLevels.of(10, 3)),
                    new LowStockDetected(id, 7, 8),
                    new StockReservationRejected(
                        id, UUID.randomUUID(), 9, 7, ReservationRejectionReason.INSUFFICIENT_STOCK),
                    new StockRestocked(id, 5, StockLevels.of(15, 3))))
        .expectNext(new InventoryView(id, 10, 3, 7, 8))
        .expectNext(new InventoryView(id, 15, 3, 12, 8))
        .thenCancel()
        .verify(PATIENCE);
  }

  @Test
  void watchingAllStockGivesEveryProductThenTheChangesOfAnyOfThem() {
    ProductBuilder lamp = aProduct().withStock(4);
    ProductBuilder chair = aProduct().withStock(6);
    given.product(lamp.id(), lamp.registered());
    catalog.awaitCaughtUp();

    var watch = watchStock(null);
    assertThat(watch.initialResult().block(PATIENCE))
        .contains(new InventoryView(lamp.id(), 4, 0, 4, 2));

    StepVerifier.create(watch.updates().filter(update -> update.productId().equals(chair.id())))
        .then(() -> given.product(chair.id(), chair.registered()))
        .expectNext(new InventoryView(chair.id(), 6, 0, 6, 2))
        .thenCancel()
        .verify(PATIENCE);
  }

  private SubscriptionQueryResult<List<OrderStatusUpdate>, OrderStatusUpdate> watchOrder(
      UUID orderId) {
    return subscribed(
        queries.subscriptionQuery(
            new WatchOrder(orderId),
            ResponseTypes.multipleInstancesOf(OrderStatusUpdate.class),
            ResponseTypes.instanceOf(OrderStatusUpdate.class)));
  }

  private SubscriptionQueryResult<List<OrderStatusUpdate>, OrderStatusUpdate> watchOrders(
      UUID customerId) {
    return subscribed(
        queries.subscriptionQuery(
            new WatchOrders(customerId),
            ResponseTypes.multipleInstancesOf(OrderStatusUpdate.class),
            ResponseTypes.instanceOf(OrderStatusUpdate.class)));
  }

  private SubscriptionQueryResult<List<InventoryView>, InventoryView> watchStock(UUID productId) {
    return subscribed(
        queries.subscriptionQuery(
            new WatchStock(productId),
            ResponseTypes.multipleInstancesOf(InventoryView.class),
            ResponseTypes.instanceOf(InventoryView.class)));
  }

  private <I, U> SubscriptionQueryResult<I, U> subscribed(SubscriptionQueryResult<I, U> result) {
    subscriptions.add(result);
    return result;
  }
}
