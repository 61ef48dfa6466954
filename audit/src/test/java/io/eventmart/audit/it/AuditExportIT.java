package io.eventmart.audit.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventmart.contracts.audit.AuditQuery.StreamAuditLog;
import io.eventmart.contracts.audit.AuditedAggregateType;
import io.eventmart.contracts.audit.LoggedEvent;
import io.eventmart.testsupport.TestPostgres;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/**
 * Exports stream the audit log through an Axon streaming query, in global order and filtered. The
 * log is read two events at a time here, so every export crosses several pages. The tests share one
 * log of two order stories.
 */
@AuditTest
@TestPropertySource(properties = "eventmart.audit.export-page-size=2")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditExportIT {

  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestPostgres.freshDatabase("audit_export").registerAsDataSource(registry);
  }

  @Autowired EventFeed given;
  @Autowired AuditLogTable log;
  @Autowired QueryGateway queries;

  private OrderStory first;
  private OrderStory second;

  @BeforeAll
  void twoOrders() {
    first = new OrderStory().tellTo(given);
    second = new OrderStory().tellTo(given);
    log.awaitCaughtUp();
  }

  @Test
  void streamsTheWholeLogInGlobalOrder() {
    List<LoggedEvent> everything = export(new StreamAuditLog(null, null, null, null));

    assertThat(everything)
        .extracting(LoggedEvent::eventId)
        .containsExactlyElementsOf(log.storedEventIds());
    assertThat(everything).extracting(LoggedEvent::position).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void keepsToATimeWindowIncludingItsStartAndExcludingItsEnd() {
    Instant from = first.checkedOut.appended().get(0).getTimestamp();
    Instant to = first.repriced.appended().get(0).getTimestamp();

    List<LoggedEvent> window = export(new StreamAuditLog(from, to, null, null));

    assertThat(window)
        .extracting(LoggedEvent::type)
        .containsExactly(
            "OrderPlaced",
            "StockReserved",
            "PaymentRequested",
            "PaymentAuthorized",
            "PaymentCaptured",
            "OrderConfirmed");
    assertThat(window).allSatisfy(event -> assertThat(event.timestamp()).isBetween(from, to));
  }

  @Test
  void keepsToOneTypeOfEvent() {
    List<LoggedEvent> placements = export(new StreamAuditLog(null, null, "OrderPlaced", null));

    assertThat(placements)
        .extracting(LoggedEvent::aggregateId)
        .containsExactly(first.order.toString(), second.order.toString());
  }

  @Test
  void keepsToOneAggregateView() {
    List<LoggedEvent> stock =
        export(new StreamAuditLog(null, null, null, AuditedAggregateType.INVENTORY));

    assertThat(stock)
        .extracting(LoggedEvent::type)
        .containsExactly("StockInitialized", "StockReserved", "StockInitialized", "StockReserved");
    assertThat(stock).extracting(LoggedEvent::position).isSorted();
  }

  @Test
  void combinesFilters() {
    Instant from = second.registered.appended().get(0).getTimestamp();

    List<LoggedEvent> laterCatalogChanges =
        export(new StreamAuditLog(from, null, null, AuditedAggregateType.PRODUCT));

    assertThat(laterCatalogChanges)
        .extracting(LoggedEvent::type, LoggedEvent::aggregateId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("ProductRegistered", second.product.toString()),
            org.assertj.core.groups.Tuple.tuple("ProductPriceChanged", second.product.toString()));
  }

  @Test
  void streamsNothingForAWindowWithoutEvents() {
    Instant later = given.now().plusSeconds(3600);

    assertThat(export(new StreamAuditLog(later, later.plusSeconds(60), null, null))).isEmpty();
  }

  @Test
  void deliversOnlyWhatTheConsumerAsksFor() {
    Flux<LoggedEvent> export =
        Flux.from(
            queries.streamingQuery(new StreamAuditLog(null, null, null, null), LoggedEvent.class));

    StepVerifier.create(export, 1)
        .expectNextCount(1)
        .thenRequest(2)
        .expectNextCount(2)
        .thenCancel()
        .verify(PATIENCE);
  }

  private List<LoggedEvent> export(StreamAuditLog query) {
    return Flux.from(queries.streamingQuery(query, LoggedEvent.class))
        .collectList()
        .block(PATIENCE);
  }
}
