package io.eventmart.relay.contract;

import static io.eventmart.relay.testdata.DomainEvents.CUSTOMER;
import static io.eventmart.relay.testdata.DomainEvents.ORDER;
import static io.eventmart.relay.testdata.DomainEvents.OTHER_PRODUCT;
import static io.eventmart.relay.testdata.DomainEvents.PAYMENT;
import static io.eventmart.relay.testdata.DomainEvents.PRODUCT;
import static io.eventmart.relay.testdata.DomainEvents.REFUND;
import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.eventmart.contracts.cart.CartEvent;
import io.eventmart.contracts.integration.IntegrationEvent;
import io.eventmart.contracts.integration.IntegrationEventTypes;
import io.eventmart.contracts.integration.IntegrationTopic;
import io.eventmart.contracts.order.CancelledBy;
import io.eventmart.contracts.order.OrderEvent;
import io.eventmart.contracts.order.OrderStatus;
import io.eventmart.contracts.payment.PaymentEvent;
import io.eventmart.contracts.product.ProductEvent;
import io.eventmart.contracts.product.StockEvent;
import io.eventmart.relay.testdata.DomainEvents;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;

/** The integration contract, event by event: what docs/integration-events.md promises. */
class IntegrationEventMapperTest {

  private static final Instant AT = Instant.parse("2026-11-02T10:15:30.123Z");

  private final IntegrationEventMapper mapper = new IntegrationEventMapper();

  @Test
  void wrapsADomainEventInTheEnvelopeWithItsIdTimestampAggregateAndOrigin() {
    DomainEventMessage<?> message =
        new GenericDomainEventMessage<>(
            "Order",
            ORDER.toString(),
            3,
            DomainEvents.orderPlaced(),
            MetaData.with("correlationId", "request-1")
                .and("causationId", "command-7")
                .and("userId", "user-9"),
            "event-42",
            AT);

    OutgoingEvent outgoing = mapper.map(message).orElseThrow();

    assertThat(outgoing.topic()).isEqualTo(IntegrationTopic.ORDER_EVENTS);
    assertThat(outgoing.key()).isEqualTo(ORDER.toString());
    IntegrationEvent event = outgoing.event();
    assertThat(event.id()).isEqualTo("event-42");
    assertThat(event.type()).isEqualTo("order.created");
    assertThat(event.timestamp()).isEqualTo(AT);
    assertThat(event.version()).isEqualTo(1);
    assertThat(event.aggregateId()).isEqualTo(ORDER.toString());
    assertThat(event.aggregateType()).isEqualTo("order");
    assertThat(event.sequence()).isEqualTo(3);
    assertThat(event.metadata())
        .isEqualTo(
            new IntegrationEvent.Metadata("request-1", "command-7", "order-service", "user-9"));
  }

  @Test
  void leavesMetadataThatTheDomainEventLacksEmpty() {
    OutgoingEvent outgoing =
        mapper.map(message("Payment", PAYMENT, DomainEvents.paymentEvents().get(0))).orElseThrow();

    assertThat(outgoing.event().metadata())
        .isEqualTo(new IntegrationEvent.Metadata(null, null, "payment-service", null));
  }

  @Test
  void publishesStockEventsOfTheProductAggregateAsInventoryAndItsCatalogEventsAsProduct() {
    OutgoingEvent stock =
        mapper.map(message("Product", PRODUCT, DomainEvents.stockEvents().get(0))).orElseThrow();
    OutgoingEvent catalog =
        mapper.map(message("Product", PRODUCT, DomainEvents.productEvents().get(0))).orElseThrow();

    assertThat(stock.topic()).isEqualTo(IntegrationTopic.INVENTORY_EVENTS);
    assertThat(stock.event().aggregateType()).isEqualTo("inventory");
    assertThat(stock.event().metadata().service()).isEqualTo("inventory-service");
    assertThat(catalog.topic()).isEqualTo(IntegrationTopic.PRODUCT_EVENTS);
    assertThat(catalog.event().aggregateType()).isEqualTo("product");
    assertThat(stock.key()).isEqualTo(catalog.key()).isEqualTo(PRODUCT.toString());
  }

  @Test
  void publishesCartsOnTheCartTopicAsTheOrderService() {
    OutgoingEvent cart =
        mapper.map(message("Cart", CUSTOMER, DomainEvents.cartEvents().get(0))).orElseThrow();

    assertThat(cart.topic()).isEqualTo(IntegrationTopic.CART_EVENTS);
    assertThat(cart.event().aggregateType()).isEqualTo("cart");
    assertThat(cart.event().metadata().service()).isEqualTo("order-service");
  }

  @Test
  void publishesNothingForAnEventOutsideTheContract() {
    assertThat(mapper.map(message("Counter", PRODUCT, "not an EventMart event"))).isEmpty();
  }

  @Test
  void hasAnExampleOfEveryDomainEventTypeAndMapsEachToADocumentedType() {
    assertThat(classesOf(DomainEvents.productEvents()))
        .containsExactlyInAnyOrder(ProductEvent.class.getPermittedSubclasses());
    assertThat(classesOf(DomainEvents.stockEvents()))
        .containsExactlyInAnyOrder(StockEvent.class.getPermittedSubclasses());
    assertThat(classesOf(DomainEvents.orderEvents()))
        .containsExactlyInAnyOrder(OrderEvent.class.getPermittedSubclasses());
    assertThat(classesOf(DomainEvents.paymentEvents()))
        .containsExactlyInAnyOrder(PaymentEvent.class.getPermittedSubclasses());
    assertThat(classesOf(DomainEvents.cartEvents()))
        .containsExactlyInAnyOrder(CartEvent.class.getPermittedSubclasses());

    Set<String> types =
        Stream.of(
                DomainEvents.productEvents(),
                DomainEvents.stockEvents(),
                DomainEvents.orderEvents(),
                DomainEvents.paymentEvents(),
                DomainEvents.cartEvents())
            .flatMap(List::stream)
            .map(event -> mapper.map(message("Any", PRODUCT, event)).orElseThrow().event().type())
            .collect(Collectors.toSet());
    assertThat(documentedTypes()).containsAll(types);
    assertThat(types).containsAll(documentedTypes());
  }

  @Test
  void describesAProductWithItsPriceAsADecimalString() {
    var events = DomainEvents.productEvents();

    assertThat(data(events.get(0)))
        .containsExactly(
            entry("productId", PRODUCT.toString()),
            entry("sku", "KET-1"),
            entry("name", "Kettle"),
            entry("description", "Boils water"),
            entry("category", "Kitchen"),
            entry("price", "24.50"),
            entry("currency", "EUR"),
            entry("status", "ACTIVE"));
    assertThat(type(events.get(0))).isEqualTo("product.created");
    assertThat(type(events.get(1))).isEqualTo("product.updated");
    assertThat(data(events.get(1)))
        .containsExactly(
            entry("productId", PRODUCT.toString()),
            entry("name", "Kettle XL"),
            entry("description", "Boils more"),
            entry("category", "Kitchen"));
    assertThat(type(events.get(2))).isEqualTo("product.price_changed");
    assertThat(data(events.get(2)))
        .containsExactly(
            entry("productId", PRODUCT.toString()),
            entry("previousPrice", "24.50"),
            entry("price", "29.90"),
            entry("currency", "EUR"));
    assertThat(type(events.get(3))).isEqualTo("product.deleted");
    assertThat(data(events.get(3)))
        .containsExactly(entry("productId", PRODUCT.toString()), entry("status", "DISCONTINUED"));
  }

  @Test
  void describesEveryStockChangeWithTheResultingLevels() {
    var events = DomainEvents.stockEvents();

    assertThat(type(events.get(0))).isEqualTo("inventory.updated");
    assertThat(data(events.get(0)))
        .containsExactly(
            entry("productId", PRODUCT.toString()),
            entry("change", "INITIALIZED"),
            entry("onHand", 10),
            entry("reserved", 0),
            entry("available", 10),
            entry("lowStockThreshold", 5));
    assertThat(data(events.get(1)))
        .containsExactly(
            entry("productId", PRODUCT.toString()),
            entry("change", "RESTOCKED"),
            entry("onHand", 15),
            entry("reserved", 0),
            entry("available", 15),
            entry("quantity", 5));
    assertThat(data(events.get(2)))
        .containsExactly(
            entry("productId", PRODUCT.toString()),
            entry("change", "COUNT_CORRECTED"),
            entry("onHand", 14),
            entry("reserved", 0),
            entry("available", 14),
            entry("previousOnHand", 15),
            entry("reason", "broken box"));
    assertThat(type(events.get(3))).isEqualTo("inventory.reserved");
    assertThat(data(events.get(3)))
        .containsExactly(
            entry("productId", PRODUCT.toString()),
            entry("orderId", ORDER.toString()),
            entry("quantity", 2),
            entry("onHand", 14),
            entry("reserved", 2),
            entry("available", 12));
    assertThat(type(events.get(4))).isEqualTo("inventory.reservation_rejected");
    assertThat(data(events.get(4)))
        .containsExactly(
            entry("productId", PRODUCT.toString()),
            entry("orderId", ORDER.toString()),
            entry("requested", 20),
            entry("available", 12),
            entry("reason", "INSUFFICIENT_STOCK"));
    assertThat(type(events.get(5))).isEqualTo("inventory.released");
    assertThat(data(events.get(5)))
        .containsExactly(
            entry("productId", PRODUCT.toString()),
            entry("orderId", ORDER.toString()),
            entry("quantity", 2),
            entry("reason", "Order failed"),
            entry("onHand", 14),
            entry("reserved", 0),
            entry("available", 14));
    assertThat(type(events.get(6))).isEqualTo("inventory.updated");
    assertThat(data(events.get(6)))
        .containsExactly(
            entry("productId", PRODUCT.toString()),
            entry("change", "SHIPPED"),
            entry("onHand", 12),
            entry("reserved", 0),
            entry("available", 12),
            entry("orderId", ORDER.toString()),
            entry("quantity", 2));
    assertThat(type(events.get(7))).isEqualTo("inventory.low_stock");
    assertThat(data(events.get(7)))
        .containsExactly(
            entry("productId", PRODUCT.toString()), entry("available", 4), entry("threshold", 5));
    assertThat(type(events.get(8))).isEqualTo("inventory.low_stock_resolved");
    assertThat(data(events.get(8)))
        .containsExactly(
            entry("productId", PRODUCT.toString()), entry("available", 9), entry("threshold", 5));
  }

  @Test
  void describesAPlacedOrderWithItsItemsTotalAndAddressButWithoutItsIdempotencyKey() {
    Map<String, Object> data = data(DomainEvents.orderPlaced());

    assertThat(type(DomainEvents.orderPlaced())).isEqualTo("order.created");
    assertThat(data)
        .containsExactly(
            entry("orderId", ORDER.toString()),
            entry("status", "PENDING"),
            entry("customerId", CUSTOMER.toString()),
            entry(
                "items",
                List.of(
                    Map.of(
                        "productId", PRODUCT.toString(),
                        "name", "Kettle",
                        "quantity", 2,
                        "unitPrice", "24.50",
                        "lineTotal", "49.00"),
                    Map.of(
                        "productId", OTHER_PRODUCT.toString(),
                        "name", "Mug",
                        "quantity", 1,
                        "unitPrice", "6.00",
                        "lineTotal", "6.00"))),
            entry("total", "55.00"),
            entry("currency", "EUR"),
            entry(
                "shippingAddress",
                Map.of(
                    "name", "Ada Lovelace",
                    "street", "1 Analytical Way",
                    "city", "London",
                    "postalCode", "N1 7AA",
                    "country", "GB")),
            entry("paymentMethodType", "card"));
    assertThat(data.toString()).doesNotContain("key-1");
  }

  @Test
  void describesEveryStepOfAnOrderWithItsStatus() {
    var events = DomainEvents.orderEvents();

    assertThat(type(events.get(1))).isEqualTo("order.confirmed");
    assertThat(data(events.get(1)))
        .containsExactly(
            entry("orderId", ORDER.toString()),
            entry("status", "CONFIRMED"),
            entry("paymentId", PAYMENT.toString()));
    assertThat(type(events.get(2))).isEqualTo("order.processing");
    assertThat(data(events.get(2)))
        .containsExactly(entry("orderId", ORDER.toString()), entry("status", "PROCESSING"));
    assertThat(type(events.get(3))).isEqualTo("order.shipped");
    assertThat(data(events.get(3))).containsEntry("status", "SHIPPED");
    assertThat(type(events.get(4))).isEqualTo("order.delivered");
    assertThat(data(events.get(4))).containsEntry("status", "DELIVERED");
    assertThat(type(events.get(5))).isEqualTo("order.cancelled");
    assertThat(data(events.get(5)))
        .containsExactly(
            entry("orderId", ORDER.toString()),
            entry("status", "CANCELLED"),
            entry("previousStatus", "CONFIRMED"),
            entry("cancelledBy", "CUSTOMER"),
            entry("reason", "changed my mind"));
    assertThat(type(events.get(6))).isEqualTo("order.failed");
    assertThat(data(events.get(6)))
        .containsExactly(
            entry("orderId", ORDER.toString()),
            entry("status", "FAILED"),
            entry("reason", "OUT_OF_STOCK"),
            entry("detail", "Not enough stock"));
  }

  @Test
  void describesEveryPaymentStepWithItsOrderAndStatus() {
    var events = DomainEvents.paymentEvents();

    assertThat(type(events.get(0))).isEqualTo("payment.initiated");
    assertThat(data(events.get(0)))
        .containsExactly(
            entry("paymentId", PAYMENT.toString()),
            entry("orderId", ORDER.toString()),
            entry("status", "PENDING"),
            entry("customerId", CUSTOMER.toString()),
            entry("amount", "55.00"),
            entry("currency", "EUR"),
            entry("methodType", "card"));
    assertThat(type(events.get(1))).isEqualTo("payment.authorized");
    assertThat(data(events.get(1)))
        .containsExactly(
            entry("paymentId", PAYMENT.toString()),
            entry("orderId", ORDER.toString()),
            entry("status", "AUTHORIZED"),
            entry("gatewayReference", "gw-auth-1"));
    assertThat(type(events.get(2))).isEqualTo("payment.completed");
    assertThat(data(events.get(2)))
        .containsExactly(
            entry("paymentId", PAYMENT.toString()),
            entry("orderId", ORDER.toString()),
            entry("status", "CAPTURED"),
            entry("amount", "55.00"),
            entry("currency", "EUR"),
            entry("gatewayReference", "gw-cap-1"));
    assertThat(type(events.get(3))).isEqualTo("payment.failed");
    assertThat(data(events.get(3)))
        .containsExactly(
            entry("paymentId", PAYMENT.toString()),
            entry("orderId", ORDER.toString()),
            entry("status", "DECLINED"),
            entry("reason", "insufficient funds"));
    assertThat(type(events.get(4))).isEqualTo("payment.failed");
    assertThat(data(events.get(4))).containsEntry("status", "FAILED");
    assertThat(type(events.get(5))).isEqualTo("payment.voided");
    assertThat(data(events.get(5)))
        .containsEntry("status", "VOIDED")
        .containsEntry("reason", "Order cancelled by CUSTOMER");
    assertThat(type(events.get(6))).isEqualTo("payment.refund_requested");
    assertThat(data(events.get(6)))
        .containsExactly(
            entry("paymentId", PAYMENT.toString()),
            entry("orderId", ORDER.toString()),
            entry("refundId", REFUND.toString()),
            entry("amount", "20.00"),
            entry("currency", "EUR"),
            entry("reason", "damaged"));
    assertThat(type(events.get(7))).isEqualTo("payment.refunded");
    assertThat(data(events.get(7)))
        .containsExactly(
            entry("paymentId", PAYMENT.toString()),
            entry("orderId", ORDER.toString()),
            entry("status", "PARTIALLY_REFUNDED"),
            entry("refundId", REFUND.toString()),
            entry("amount", "20.00"),
            entry("totalRefunded", "20.00"),
            entry("currency", "EUR"),
            entry("gatewayReference", "gw-ref-1"));
    assertThat(type(events.get(8))).isEqualTo("payment.refund_failed");
    assertThat(data(events.get(8)))
        .containsExactly(
            entry("paymentId", PAYMENT.toString()),
            entry("orderId", ORDER.toString()),
            entry("refundId", REFUND.toString()),
            entry("amount", "20.00"),
            entry("currency", "EUR"),
            entry("reason", "gateway said no"));
  }

  @Test
  void describesCartActivityAndACheckoutWithItsItemsAndTotal() {
    var events = DomainEvents.cartEvents();

    assertThat(type(events.get(0))).isEqualTo("cart.item_added");
    assertThat(data(events.get(0)))
        .containsExactly(
            entry("cartId", CUSTOMER.toString()),
            entry("productId", PRODUCT.toString()),
            entry("quantityAdded", 2),
            entry("quantity", 2));
    assertThat(type(events.get(1))).isEqualTo("cart.item_changed");
    assertThat(data(events.get(1))).containsEntry("quantity", 3);
    assertThat(type(events.get(2))).isEqualTo("cart.item_removed");
    assertThat(data(events.get(2)))
        .containsExactly(
            entry("cartId", CUSTOMER.toString()), entry("productId", PRODUCT.toString()));
    assertThat(type(events.get(3))).isEqualTo("cart.cleared");
    assertThat(data(events.get(3))).containsExactly(entry("cartId", CUSTOMER.toString()));
    assertThat(type(events.get(4))).isEqualTo("cart.checked_out");
    assertThat(data(events.get(4)))
        .containsEntry("orderId", ORDER.toString())
        .containsEntry("total", "55.00")
        .containsEntry("currency", "EUR")
        .extractingByKey("items", as(InstanceOfAssertFactories.LIST))
        .hasSize(2);
  }

  @Test
  void keepsAnOptionalReasonThatIsMissingAsNull() {
    var cancelled =
        new OrderEvent.OrderCancelled(ORDER, OrderStatus.PENDING, CancelledBy.ADMIN, null);

    assertThat(data(cancelled)).containsEntry("reason", null);
  }

  private String type(Object payload) {
    return mapper.map(message("Any", PRODUCT, payload)).orElseThrow().event().type();
  }

  private Map<String, Object> data(Object payload) {
    return mapper.map(message("Any", PRODUCT, payload)).orElseThrow().event().data();
  }

  private static DomainEventMessage<?> message(String type, Object aggregateId, Object payload) {
    return new GenericDomainEventMessage<>(
        type, aggregateId.toString(), 0, payload, MetaData.emptyInstance(), "event-1", AT);
  }

  private static List<Class<?>> classesOf(List<?> events) {
    return events.stream().<Class<?>>map(Object::getClass).toList();
  }

  /** Every type name {@link IntegrationEventTypes} declares. */
  private static Set<String> documentedTypes() {
    return Arrays.stream(IntegrationEventTypes.class.getDeclaredFields())
        .filter(field -> Modifier.isStatic(field.getModifiers()))
        .map(IntegrationEventMapperTest::valueOf)
        .collect(Collectors.toSet());
  }

  private static String valueOf(Field field) {
    try {
      return (String) field.get(null);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
