package io.eventmart.audit.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventmart.contracts.audit.AggregateEvent;
import io.eventmart.contracts.audit.AuditMetadata;
import io.eventmart.contracts.audit.AuditQuery.FindAggregateHistory;
import io.eventmart.contracts.audit.AuditQuery.FindAggregateStateAt;
import io.eventmart.contracts.audit.AuditQuery.FindAggregateStateAtVersion;
import io.eventmart.contracts.audit.AuditedAggregateType;
import io.eventmart.contracts.audit.CartState;
import io.eventmart.contracts.audit.CartState.CartItemState;
import io.eventmart.contracts.audit.InventoryState;
import io.eventmart.contracts.audit.OrderState;
import io.eventmart.contracts.audit.PaymentState;
import io.eventmart.contracts.audit.ProductState;
import io.eventmart.contracts.audit.StateAsOf;
import io.eventmart.contracts.cart.CartEvent.CartItemAdded;
import io.eventmart.contracts.cart.CartEvent.CartItemRemoved;
import io.eventmart.contracts.order.OrderStatus;
import io.eventmart.contracts.payment.PaymentStatus;
import io.eventmart.testsupport.TestPostgres;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Histories and states as of any point, answered from the event store through Axon queries. */
@AuditTest
class HistoryAndStateIT {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestPostgres.freshDatabase("audit_history").registerAsDataSource(registry);
  }

  @Autowired EventFeed given;
  @Autowired QueryGateway queries;
  @Autowired EventStore eventStore;

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void answersAnOrdersWholeHistoryWithPayloadsAndMetadata() throws Exception {
    OrderStory story = new OrderStory().tellTo(given);

    List<AggregateEvent> history = history(AuditedAggregateType.ORDER, story.order);

    assertThat(history)
        .extracting(AggregateEvent::sequence, AggregateEvent::type, AggregateEvent::revision)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(0L, "OrderPlaced", "1"),
            org.assertj.core.groups.Tuple.tuple(1L, "OrderConfirmed", "1"));
    DomainEventMessage<?> placed = story.checkedOut.appended().get(0);
    assertThat(history.get(0).timestamp()).isEqualTo(placed.getTimestamp());
    assertThat(history.get(0).metadata())
        .isEqualTo(new AuditMetadata(story.checkout, "cause-of-Order-0", EventFeed.USER));
    var payload = json.readTree(history.get(0).payload());
    assertThat(payload.get("customerId").asText()).isEqualTo(story.customer.toString());
    assertThat(payload.get("lines").get(0).get("quantity").asInt()).isEqualTo(2);
    assertThat(payload.get("total").get("amount").decimalValue()).isEqualByComparingTo("80.00");
  }

  @Test
  void showsAProductsCatalogAndStockAsTwoViewsOfOneStream() {
    OrderStory story = new OrderStory().tellTo(given);

    assertThat(history(AuditedAggregateType.PRODUCT, story.product))
        .extracting(AggregateEvent::sequence, AggregateEvent::type)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(0L, "ProductRegistered"),
            org.assertj.core.groups.Tuple.tuple(3L, "ProductPriceChanged"));
    assertThat(history(AuditedAggregateType.INVENTORY, story.product))
        .extracting(AggregateEvent::sequence, AggregateEvent::type)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1L, "StockInitialized"),
            org.assertj.core.groups.Tuple.tuple(2L, "StockReserved"));
  }

  @Test
  void readsTheWholeHistoryEvenWhenTheAggregateHasASnapshot() {
    OrderStory story = new OrderStory().tellTo(given);
    eventStore.storeSnapshot(
        new GenericDomainEventMessage<>("Product", story.product.toString(), 2, "a snapshot"));

    assertThat(history(AuditedAggregateType.INVENTORY, story.product)).hasSize(2);
    assertThat(history(AuditedAggregateType.PRODUCT, story.product)).hasSize(2);
  }

  @Test
  void answersNoHistoryForAnUnknownAggregateOrAViewItHasNoEventsOf() {
    OrderStory story = new OrderStory().tellTo(given);

    assertThat(history(AuditedAggregateType.ORDER, UUID.randomUUID())).isEmpty();
    assertThat(history(AuditedAggregateType.PAYMENT, story.order)).isEmpty();
  }

  @Test
  void rebuildsAnOrderAsOfAVersionAndAsOfAMoment() {
    OrderStory story = new OrderStory().tellTo(given);

    StateAsOf placed = stateAtVersion(AuditedAggregateType.ORDER, story.order, 0).orElseThrow();
    assertThat(placed.version()).isZero();
    assertThat(((OrderState) placed.state()).status()).isEqualTo(OrderStatus.PENDING);
    assertThat(((OrderState) placed.state()).total()).isEqualByComparingTo("80.00");

    Instant confirmedAt = story.checkedOut.appended().get(5).getTimestamp();
    StateAsOf confirmed =
        stateAt(AuditedAggregateType.ORDER, story.order, confirmedAt).orElseThrow();
    assertThat(confirmed.version()).isEqualTo(1);
    assertThat(confirmed.at()).isEqualTo(confirmedAt);
    assertThat(((OrderState) confirmed.state()).paymentId()).isEqualTo(story.payment);
    assertThat(
            ((OrderState)
                    stateAt(AuditedAggregateType.ORDER, story.order, confirmedAt.minusMillis(1))
                        .orElseThrow()
                        .state())
                .status())
        .isEqualTo(OrderStatus.PENDING);
  }

  @Test
  void rebuildsAProductAndItsStockAsOfAMoment() {
    OrderStory story = new OrderStory().tellTo(given);
    Instant beforeRepricing = story.repriced.appended().get(0).getTimestamp().minusMillis(1);

    ProductState product =
        (ProductState)
            stateAt(AuditedAggregateType.PRODUCT, story.product, beforeRepricing)
                .orElseThrow()
                .state();
    assertThat(product.price()).isEqualByComparingTo("40.00");
    assertThat(
            ((ProductState)
                    stateAtVersion(AuditedAggregateType.PRODUCT, story.product, 3)
                        .orElseThrow()
                        .state())
                .price())
        .isEqualByComparingTo("35.00");

    InventoryState stock =
        (InventoryState)
            stateAt(AuditedAggregateType.INVENTORY, story.product, beforeRepricing)
                .orElseThrow()
                .state();
    assertThat(stock.reserved()).isEqualTo(2);
    assertThat(stock.available()).isEqualTo(8);
  }

  @Test
  void rebuildsAPaymentAsOfEachVersion() {
    OrderStory story = new OrderStory().tellTo(given);

    assertThat(paymentAtVersion(story, 0).status()).isEqualTo(PaymentStatus.PENDING);
    assertThat(paymentAtVersion(story, 1).status()).isEqualTo(PaymentStatus.AUTHORIZED);
    PaymentState captured = paymentAtVersion(story, 2);
    assertThat(captured.status()).isEqualTo(PaymentStatus.CAPTURED);
    assertThat(captured.capturedAmount()).isEqualByComparingTo("80.00");
  }

  @Test
  void rebuildsACartAsOfAVersion() {
    UUID cart = UUID.randomUUID();
    UUID kettle = UUID.randomUUID();
    UUID mug = UUID.randomUUID();
    given
        .request("shopping-" + cart)
        .cart(
            cart,
            new CartItemAdded(cart, kettle, 1, 1),
            new CartItemAdded(cart, mug, 2, 2),
            new CartItemRemoved(cart, kettle));

    CartState beforeTheRemoval =
        (CartState) stateAtVersion(AuditedAggregateType.CART, cart, 1).orElseThrow().state();
    assertThat(beforeTheRemoval.items())
        .containsExactly(new CartItemState(kettle, 1), new CartItemState(mug, 2));
    CartState latest =
        (CartState) stateAtVersion(AuditedAggregateType.CART, cart, 99).orElseThrow().state();
    assertThat(latest.items()).containsExactly(new CartItemState(mug, 2));
  }

  @Test
  void hasNoStateBeforeTheFirstEventOrForAnUnknownAggregate() {
    OrderStory story = new OrderStory().tellTo(given);
    Instant beforePlacement = story.checkedOut.appended().get(0).getTimestamp().minusSeconds(1);

    assertThat(stateAt(AuditedAggregateType.ORDER, story.order, beforePlacement)).isEmpty();
    assertThat(stateAtVersion(AuditedAggregateType.ORDER, UUID.randomUUID(), 0)).isEmpty();
  }

  private PaymentState paymentAtVersion(OrderStory story, long version) {
    return (PaymentState)
        stateAtVersion(AuditedAggregateType.PAYMENT, story.payment, version).orElseThrow().state();
  }

  private List<AggregateEvent> history(AuditedAggregateType view, UUID aggregateId) {
    return queries
        .query(
            new FindAggregateHistory(view, aggregateId),
            ResponseTypes.multipleInstancesOf(AggregateEvent.class))
        .join();
  }

  private Optional<StateAsOf> stateAt(AuditedAggregateType view, UUID aggregateId, Instant at) {
    return queries
        .query(
            new FindAggregateStateAt(view, aggregateId, at),
            ResponseTypes.optionalInstanceOf(StateAsOf.class))
        .join();
  }

  private Optional<StateAsOf> stateAtVersion(
      AuditedAggregateType view, UUID aggregateId, long version) {
    return queries
        .query(
            new FindAggregateStateAtVersion(view, aggregateId, version),
            ResponseTypes.optionalInstanceOf(StateAsOf.class))
        .join();
  }
}
