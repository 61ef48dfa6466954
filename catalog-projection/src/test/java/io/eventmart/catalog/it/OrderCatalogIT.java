package io.eventmart.catalog.it;

import static io.eventmart.catalog.it.OrderBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventmart.contracts.common.Money;
import io.eventmart.contracts.common.PageRequest;
import io.eventmart.contracts.order.CancelledBy;
import io.eventmart.contracts.order.FailureReason;
import io.eventmart.contracts.order.OrderEvent.OrderCancelled;
import io.eventmart.contracts.order.OrderEvent.OrderConfirmed;
import io.eventmart.contracts.order.OrderEvent.OrderDelivered;
import io.eventmart.contracts.order.OrderEvent.OrderFailed;
import io.eventmart.contracts.order.OrderEvent.OrderProcessingStarted;
import io.eventmart.contracts.order.OrderEvent.OrderShipped;
import io.eventmart.contracts.order.OrderStatus;
import io.eventmart.contracts.order.query.OrderItemView;
import io.eventmart.contracts.order.query.OrderPage;
import io.eventmart.contracts.order.query.OrderView;
import io.eventmart.contracts.order.query.StatusChange;
import io.eventmart.contracts.payment.PaymentEvent.PaymentRequested;
import io.eventmart.contracts.payment.PaymentIds;
import io.eventmart.testsupport.TestPostgres;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Orders, their history and the order lists, given the order aggregate's events. */
@CatalogTest
class OrderCatalogIT {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestPostgres.freshDatabase("catalog_orders").registerAsDataSource(registry);
  }

  @Autowired EventFeed given;
  @Autowired Catalog catalog;

  @Test
  void showsAPlacedOrderWithItsLinesTotalAndAddress() {
    OrderBuilder order = anOrder().withLine("Kettle", 2, "12.50").withLine("Mug", 1, "5.00");
    Instant placedAt = given.order(order.id(), order.placed());

    catalog.awaitCaughtUp();

    OrderView view = catalog.order(order.id()).orElseThrow();
    assertThat(view.customerId()).isEqualTo(order.customerId());
    assertThat(view.status()).isEqualTo(OrderStatus.PENDING);
    assertThat(view.items())
        .containsExactly(
            new OrderItemView(
                order.lines().get(0).productId(),
                "Kettle",
                2,
                new BigDecimal("12.50"),
                new BigDecimal("25.00")),
            new OrderItemView(
                order.lines().get(1).productId(),
                "Mug",
                1,
                new BigDecimal("5.00"),
                new BigDecimal("5.00")));
    assertThat(view.total()).isEqualTo(new BigDecimal("30.00"));
    assertThat(view.currency()).isEqualTo("EUR");
    assertThat(view.shippingAddress()).isEqualTo(OrderBuilder.ADDRESS);
    assertThat(view.paymentId()).isNull();
    assertThat(view.failureReason()).isNull();
    assertThat(view.history())
        .containsExactly(new StatusChange(OrderStatus.PENDING, placedAt, null, 0));
    assertThat(view.createdAt()).isEqualTo(placedAt);
    assertThat(view.updatedAt()).isEqualTo(placedAt);
  }

  @Test
  void followsTheWholeLifecycleInItsHistory() {
    OrderBuilder order = anOrder();
    UUID id = order.id();
    UUID paymentId = PaymentIds.forOrder(id);
    Instant placedAt = given.order(id, order.placed());
    Instant confirmedAt = given.order(id, new OrderConfirmed(id, paymentId));
    Instant processingAt = given.order(id, new OrderProcessingStarted(id));
    Instant shippedAt = given.order(id, new OrderShipped(id));
    Instant deliveredAt = given.order(id, new OrderDelivered(id));

    catalog.awaitCaughtUp();

    OrderView view = catalog.order(id).orElseThrow();
    assertThat(view.status()).isEqualTo(OrderStatus.DELIVERED);
    assertThat(view.paymentId()).isEqualTo(paymentId);
    assertThat(view.history())
        .containsExactly(
            new StatusChange(OrderStatus.PENDING, placedAt, null, 0),
            new StatusChange(OrderStatus.CONFIRMED, confirmedAt, null, 1),
            new StatusChange(OrderStatus.PROCESSING, processingAt, null, 2),
            new StatusChange(OrderStatus.SHIPPED, shippedAt, null, 3),
            new StatusChange(OrderStatus.DELIVERED, deliveredAt, null, 4));
    assertThat(view.createdAt()).isEqualTo(placedAt);
    assertThat(view.updatedAt()).isEqualTo(deliveredAt);
  }

  @Test
  void showsThePaymentOfAnOrderBeforeItIsConfirmed() {
    OrderBuilder order = anOrder();
    UUID paymentId = PaymentIds.forOrder(order.id());
    given.order(order.id(), order.placed());
    given.payment(
        paymentId,
        new PaymentRequested(
            paymentId, order.id(), order.customerId(), Money.of("25.00", "EUR"), "card"));

    catalog.awaitCaughtUp();

    OrderView view = catalog.order(order.id()).orElseThrow();
    assertThat(view.status()).isEqualTo(OrderStatus.PENDING);
    assertThat(view.paymentId()).isEqualTo(paymentId);
  }

  @Test
  void recordsAFailureWithItsReason() {
    OrderBuilder order = anOrder();
    UUID id = order.id();
    given.order(id, order.placed());
    Instant failedAt =
        given.order(
            id, new OrderFailed(id, FailureReason.OUT_OF_STOCK, "Not enough stock for Kettle"));

    catalog.awaitCaughtUp();

    OrderView view = catalog.order(id).orElseThrow();
    assertThat(view.status()).isEqualTo(OrderStatus.FAILED);
    assertThat(view.failureReason()).isEqualTo(FailureReason.OUT_OF_STOCK);
    assertThat(view.history())
        .last()
        .isEqualTo(
            new StatusChange(OrderStatus.FAILED, failedAt, "Not enough stock for Kettle", 1));
  }

  @Test
  void recordsACancellationWithItsReasonInTheHistory() {
    OrderBuilder order = anOrder();
    UUID id = order.id();
    given.order(id, order.placed(), new OrderConfirmed(id, PaymentIds.forOrder(id)));
    Instant cancelledAt =
        given.order(
            id,
            new OrderCancelled(id, OrderStatus.CONFIRMED, CancelledBy.CUSTOMER, "Changed my mind"));

    catalog.awaitCaughtUp();

    OrderView view = catalog.order(id).orElseThrow();
    assertThat(view.status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(view.failureReason()).isNull();
    assertThat(view.history())
        .extracting(StatusChange::status)
        .containsExactly(OrderStatus.PENDING, OrderStatus.CONFIRMED, OrderStatus.CANCELLED);
    assertThat(view.history())
        .last()
        .isEqualTo(new StatusChange(OrderStatus.CANCELLED, cancelledAt, "Changed my mind", 2));
  }

  @Test
  void knowsNothingOfAnOrderNeverPlaced() {
    assertThat(catalog.order(UUID.randomUUID())).isEmpty();
  }

  @Test
  void listsACustomersOrdersNewestFirst() {
    UUID customer = UUID.randomUUID();
    UUID first = place(anOrder().by(customer));
    UUID second = place(anOrder().by(customer));
    UUID third = place(anOrder().by(customer));
    place(anOrder());

    catalog.awaitCaughtUp();

    OrderPage page = catalog.orders(customer, null, PageRequest.first(20));
    assertThat(ids(page)).containsExactly(third, second, first);
    assertThat(page.totalItems()).isEqualTo(3);
  }

  @Test
  void filtersACustomersOrdersByStatus() {
    UUID customer = UUID.randomUUID();
    OrderBuilder confirmed = anOrder().by(customer);
    given.order(
        confirmed.id(),
        confirmed.placed(),
        new OrderConfirmed(confirmed.id(), PaymentIds.forOrder(confirmed.id())));
    OrderBuilder failed = anOrder().by(customer);
    given.order(
        failed.id(),
        failed.placed(),
        new OrderFailed(failed.id(), FailureReason.PAYMENT_DECLINED, "Card declined"));
    place(anOrder().by(customer));

    catalog.awaitCaughtUp();

    assertThat(ids(catalog.orders(customer, OrderStatus.CONFIRMED, PageRequest.first(20))))
        .containsExactly(confirmed.id());
    assertThat(ids(catalog.orders(customer, OrderStatus.FAILED, PageRequest.first(20))))
        .containsExactly(failed.id());
    assertThat(catalog.orders(customer, OrderStatus.DELIVERED, PageRequest.first(20)).items())
        .isEmpty();
  }

  @Test
  void listsEverybodysOrdersNewestFirstAndByStatus() {
    UUID mine = place(anOrder());
    OrderBuilder theirs = anOrder();
    given.order(
        theirs.id(),
        theirs.placed(),
        new OrderFailed(theirs.id(), FailureReason.PAYMENT_TIMEOUT, "No payment in time"));

    catalog.awaitCaughtUp();

    OrderPage everybody = catalog.orders(null, null, PageRequest.first(PageRequest.MAX_SIZE));
    assertThat(ids(everybody)).contains(mine, theirs.id());
    assertThat(everybody.items())
        .isSortedAccordingTo(Comparator.comparing(OrderView::createdAt).reversed());
    OrderPage failed =
        catalog.orders(null, OrderStatus.FAILED, PageRequest.first(PageRequest.MAX_SIZE));
    assertThat(ids(failed)).contains(theirs.id()).doesNotContain(mine);
    assertThat(failed.items()).extracting(OrderView::status).containsOnly(OrderStatus.FAILED);
  }

  @Test
  void pagesThroughACustomersOrdersWithTheirTotal() {
    UUID customer = UUID.randomUUID();
    List<UUID> oldestFirst =
        List.of(
            place(anOrder().by(customer)),
            place(anOrder().by(customer)),
            place(anOrder().by(customer)),
            place(anOrder().by(customer)),
            place(anOrder().by(customer)));

    catalog.awaitCaughtUp();

    OrderPage first = catalog.orders(customer, null, new PageRequest(0, 2));
    assertThat(ids(first)).containsExactly(oldestFirst.get(4), oldestFirst.get(3));
    assertThat(first.totalItems()).isEqualTo(5);
    assertThat(ids(catalog.orders(customer, null, new PageRequest(1, 2))))
        .containsExactly(oldestFirst.get(2), oldestFirst.get(1));
    OrderPage last = catalog.orders(customer, null, new PageRequest(2, 2));
    assertThat(ids(last)).containsExactly(oldestFirst.get(0));
    assertThat(last.page()).isEqualTo(2);
    assertThat(last.size()).isEqualTo(2);
    assertThat(last.totalItems()).isEqualTo(5);
  }

  private UUID place(OrderBuilder order) {
    given.order(order.id(), order.placed());
    return order.id();
  }

  private static List<UUID> ids(OrderPage page) {
    return page.items().stream().map(OrderView::orderId).toList();
  }
}
