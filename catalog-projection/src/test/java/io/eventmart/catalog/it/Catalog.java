package io.eventmart.catalog.it;

import static org.awaitility.Awaitility.await;

import io.eventmart.catalog.readmodel.CatalogReadModel;
import io.eventmart.contracts.cart.query.CartQuery.FindCart;
import io.eventmart.contracts.cart.query.CartView;
import io.eventmart.contracts.common.PageRequest;
import io.eventmart.contracts.order.OrderStatus;
import io.eventmart.contracts.order.query.OrderPage;
import io.eventmart.contracts.order.query.OrderQuery.FindOrder;
import io.eventmart.contracts.order.query.OrderQuery.FindOrders;
import io.eventmart.contracts.order.query.OrderView;
import io.eventmart.contracts.payment.query.PaymentQuery.FindPayment;
import io.eventmart.contracts.payment.query.PaymentQuery.FindPaymentForOrder;
import io.eventmart.contracts.payment.query.PaymentView;
import io.eventmart.contracts.product.query.CategoryView;
import io.eventmart.contracts.product.query.InventoryView;
import io.eventmart.contracts.product.query.ProductPage;
import io.eventmart.contracts.product.query.ProductQuery.FindCategories;
import io.eventmart.contracts.product.query.ProductQuery.FindInventory;
import io.eventmart.contracts.product.query.ProductQuery.FindProduct;
import io.eventmart.contracts.product.query.ProductQuery.FindProducts;
import io.eventmart.contracts.product.query.ProductView;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/**
 * The catalog as the edge sees it: its queries through Axon's query gateway, and a way to wait
 * until it has caught up with every event stored so far ("then read model").
 */
final class Catalog {

  static final Duration PATIENCE = Duration.ofSeconds(30);

  private final QueryGateway queries;
  private final Configuration axon;
  private final TokenStore tokenStore;

  Catalog(QueryGateway queries, Configuration axon, TokenStore tokenStore) {
    this.queries = queries;
    this.axon = axon;
    this.tokenStore = tokenStore;
  }

  /** Waits until every segment of the catalog's processor has handled every stored event. */
  void awaitCaughtUp() {
    TrackingToken head = axon.eventStore().createHeadToken();
    long headPosition = head == null ? -1 : head.position().orElse(-1);
    await()
        .atMost(PATIENCE)
        .pollInterval(Duration.ofMillis(50))
        .until(() -> caughtUpWith(headPosition));
  }

  StreamingEventProcessor processor() {
    return axon.eventProcessingConfiguration()
        .eventProcessor(CatalogReadModel.PROCESSING_GROUP, StreamingEventProcessor.class)
        .orElseThrow();
  }

  private boolean caughtUpWith(long headPosition) {
    Collection<EventTrackerStatus> segments = processor().processingStatus().values();
    int allSegments = tokenStore.fetchSegments(CatalogReadModel.PROCESSING_GROUP).length;
    return segments.size() == allSegments
        && segments.stream()
            .allMatch(
                segment ->
                    !segment.isErrorState()
                        && segment.getCurrentPosition().orElse(-1) >= headPosition);
  }

  Optional<ProductView> product(UUID productId) {
    return queries
        .query(new FindProduct(productId), ResponseTypes.optionalInstanceOf(ProductView.class))
        .join();
  }

  ProductPage products(FindProducts query) {
    return queries.query(query, ResponseTypes.instanceOf(ProductPage.class)).join();
  }

  List<CategoryView> categories() {
    return queries
        .query(new FindCategories(), ResponseTypes.multipleInstancesOf(CategoryView.class))
        .join();
  }

  Optional<InventoryView> inventory(UUID productId) {
    return queries
        .query(new FindInventory(productId), ResponseTypes.optionalInstanceOf(InventoryView.class))
        .join();
  }

  Optional<OrderView> order(UUID orderId) {
    return queries
        .query(new FindOrder(orderId), ResponseTypes.optionalInstanceOf(OrderView.class))
        .join();
  }

  OrderPage orders(UUID customerId, OrderStatus status, PageRequest page) {
    return queries
        .query(new FindOrders(customerId, status, page), ResponseTypes.instanceOf(OrderPage.class))
        .join();
  }

  Optional<PaymentView> payment(UUID paymentId) {
    return queries
        .query(new FindPayment(paymentId), ResponseTypes.optionalInstanceOf(PaymentView.class))
        .join();
  }

  Optional<PaymentView> paymentForOrder(UUID orderId) {
    return queries
        .query(
            new FindPaymentForOrder(orderId), ResponseTypes.optionalInstanceOf(PaymentView.class))
        .join();
  }

  CartView cart(UUID cartId) {
    return queries.query(new FindCart(cartId), ResponseTypes.instanceOf(CartView.class)).join();
  }
}
