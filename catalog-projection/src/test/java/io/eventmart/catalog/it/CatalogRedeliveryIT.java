package io.eventmart.catalog.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventmart.catalog.readmodel.CatalogReadModel;
import io.eventmart.contracts.order.OrderEvent.OrderConfirmed;
import io.eventmart.contracts.order.OrderStatus;
import io.eventmart.contracts.order.query.OrderQuery.WatchOrders;
import io.eventmart.contracts.order.query.OrderStatusUpdate;
import io.eventmart.contracts.payment.PaymentIds;
import io.eventmart.contracts.product.ReservationRejectionReason;
import io.eventmart.contracts.product.StockEvent.StockReservationRejected;
import io.eventmart.testsupport.EventStoreTable;
import io.eventmart.testsupport.TestPostgres;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import reactor.test.StepVerifier;

/**
 * At-least-once delivery: the catalog's writes are not in the transaction of the processor's token,
 * so after a crash between the two the same events come again. Handling them again must change
 * nothing, and announce nothing.
 */
@CatalogTest
class CatalogRedeliveryIT {

  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestPostgres.freshDatabase("catalog_redelivery").registerAsDataSource(registry);
  }

  @Autowired EventFeed given;
  @Autowired Catalog catalog;
  @Autowired TokenStore tokenStore;
  @Autowired TransactionManager transactionManager;
  @Autowired QueryGateway queries;
  @Autowired JdbcTemplate jdbc;

  @Test
  void handlingTheSameEventsAgainChangesAndAnnouncesNothing() {
    long positionBefore = new EventStoreTable(jdbc).headPosition();
    CatalogStory story = new CatalogStory().tellTo(given);
    catalog.awaitCaughtUp();
    CatalogTables tables = new CatalogTables(jdbc);
    Map<String, String> once = tables.checksums();
    SubscriptionQueryResult<List<OrderStatusUpdate>, OrderStatusUpdate> everybodysOrders =
        queries.subscriptionQuery(
            new WatchOrders(null),
            ResponseTypes.multipleInstancesOf(OrderStatusUpdate.class),
            ResponseTypes.instanceOf(OrderStatusUpdate.class));
    try {
      StepVerifier.create(everybodysOrders.updates())
          .then(() -> deliverAgainEverythingAfter(positionBefore))
          .then(() -> assertThat(tables.checksums()).isEqualTo(once))
          .then(() -> confirm(story.pending))
          .assertNext(
              update -> {
                assertThat(update.orderId()).isEqualTo(story.pending.id());
                assertThat(update.status()).isEqualTo(OrderStatus.CONFIRMED);
              })
          .thenCancel()
          .verify(PATIENCE);
    } finally {
      everybodysOrders.close();
    }
  }

  /**
   * Puts every segment's token back to {@code position}, as if the tokens had not been stored after
   * the events were written, and waits until the events after it have been handled again.
   */
  private void deliverAgainEverythingAfter(long position) {
    StreamingEventProcessor processor = catalog.processor();
    processor.shutdownAsync().join();
    TrackingToken rewound =
        position < 0 ? null : GapAwareTrackingToken.newInstance(position, List.of());
    for (int segment : tokenStore.fetchSegments(CatalogReadModel.PROCESSING_GROUP)) {
      transactionManager.executeInTransaction(
          () -> tokenStore.storeToken(rewound, CatalogReadModel.PROCESSING_GROUP, segment));
    }
    processor.start();
    // An event the catalog ignores marks the end: once it is passed, everything before it was
    // handled again, and no table changed because of it.
    UUID anyProduct = UUID.randomUUID();
    given.product(
        anyProduct,
        new StockReservationRejected(
            anyProduct, UUID.randomUUID(), 1, 0, ReservationRejectionReason.INSUFFICIENT_STOCK));
    catalog.awaitCaughtUp();
  }

  private void confirm(OrderBuilder order) {
    given.order(order.id(), new OrderConfirmed(order.id(), PaymentIds.forOrder(order.id())));
  }
}
