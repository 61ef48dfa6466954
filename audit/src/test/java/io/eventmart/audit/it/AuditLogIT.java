package io.eventmart.audit.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventmart.audit.log.AuditLogNames;
import io.eventmart.contracts.audit.AuditMetadata;
import io.eventmart.contracts.audit.AuditQuery.FindCorrelatedEvents;
import io.eventmart.contracts.audit.AuditedAggregateType;
import io.eventmart.contracts.audit.LoggedEvent;
import io.eventmart.testsupport.TestPostgres;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Every event's envelope is copied into the audit log, once, and a request's story read back. */
@AuditTest
class AuditLogIT {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestPostgres.freshDatabase("audit_log").registerAsDataSource(registry);
  }

  @Autowired EventFeed given;
  @Autowired AuditLogTable log;
  @Autowired QueryGateway queries;
  @Autowired Configuration axon;
  @Autowired TokenStore tokenStore;
  @Autowired TransactionManager transactions;

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void copiesEveryEventsEnvelopeAtItsGlobalPosition() throws Exception {
    OrderStory story = new OrderStory().tellTo(given);
    log.awaitCaughtUp();

    DomainEventMessage<?> reserved = story.checkedOut.appended().get(1);
    Map<String, Object> row = log.row(reserved.getIdentifier());

    assertThat(row.get("global_position")).isEqualTo(log.globalIndexOf(reserved.getIdentifier()));
    assertThat(row.get("aggregate_type")).isEqualTo("inventory");
    assertThat(row.get("aggregate_id")).isEqualTo(story.product.toString());
    assertThat(row.get("sequence_number")).isEqualTo(2L);
    assertThat(row.get("event_type")).isEqualTo("StockReserved");
    assertThat(row.get("payload_type"))
        .isEqualTo("io.eventmart.contracts.product.StockEvent$StockReserved");
    assertThat(row.get("payload_revision")).isEqualTo("1");
    assertThat(((Timestamp) row.get("occurred_at")).toInstant()).isEqualTo(reserved.getTimestamp());
    assertThat(row.get("correlation_id")).isEqualTo(story.checkout);
    assertThat(row.get("causation_id")).isEqualTo("cause-of-Product-2");
    assertThat(row.get("user_id")).isEqualTo(EventFeed.USER);
    JsonNode payload = json.readTree((String) row.get("payload"));
    assertThat(payload.get("orderId").asText()).isEqualTo(story.order.toString());
    assertThat(payload.get("levels").get("reserved").asInt()).isEqualTo(2);
    assertThat(json.readTree((String) row.get("meta_data")).get("correlationId").asText())
        .isEqualTo(story.checkout);

    // The same product's catalog events are its other view.
    assertThat(log.row(story.registered.appended().get(0).getIdentifier()).get("aggregate_type"))
        .isEqualTo("product");
  }

  @Test
  void keepsEachEventOnceWhenTheProcessorReadsTheWholeStoreAgain() {
    new OrderStory().tellTo(given);
    log.awaitCaughtUp();
    long rows = log.rows();
    String before = log.checksum();
    TrackingEventProcessor processor = auditProcessor();
    long head = processor.processingStatus().get(0).getCurrentPosition().orElseThrow();

    // Redelivery of everything, as after a lost token: the events come again, the log keeps them
    // once (no reset handler runs here, unlike a rebuild).
    processor.shutDown();
    assertThat(processor.processingStatus()).as("the next status is the new run's").isEmpty();
    transactions.executeInTransaction(
        () -> tokenStore.storeToken(null, AuditLogNames.PROCESSING_GROUP, 0));
    processor.start();

    await()
        .atMost(AuditLogTable.PATIENCE)
        .until(
            () ->
                processor.processingStatus().get(0).getCurrentPosition().orElse(-1) >= head
                    && processor.processingStatus().get(0).isCaughtUp());
    assertThat(log.rows()).isEqualTo(rows);
    assertThat(log.checksum()).isEqualTo(before);
  }

  @Test
  void answersTheWholeStoryOfARequestAcrossAggregatesInGlobalOrder() {
    OrderStory story = new OrderStory().tellTo(given);
    log.awaitCaughtUp();

    List<LoggedEvent> checkout = correlated(story.checkout);

    assertThat(checkout)
        .extracting(LoggedEvent::type)
        .containsExactly(
            "OrderPlaced",
            "StockReserved",
            "PaymentRequested",
            "PaymentAuthorized",
            "PaymentCaptured",
            "OrderConfirmed");
    assertThat(checkout)
        .extracting(LoggedEvent::eventId)
        .containsExactlyElementsOf(
            story.checkedOut.appended().stream().map(DomainEventMessage::getIdentifier).toList());
    assertThat(checkout).extracting(LoggedEvent::position).isSorted();
    assertThat(checkout)
        .extracting(LoggedEvent::aggregateType)
        .containsExactly(
            AuditedAggregateType.ORDER,
            AuditedAggregateType.INVENTORY,
            AuditedAggregateType.PAYMENT,
            AuditedAggregateType.PAYMENT,
            AuditedAggregateType.PAYMENT,
            AuditedAggregateType.ORDER);
    LoggedEvent confirmed = checkout.get(5);
    assertThat(confirmed.aggregateId()).isEqualTo(story.order.toString());
    assertThat(confirmed.sequence()).isEqualTo(1L);
    assertThat(confirmed.revision()).isEqualTo("1");
    assertThat(confirmed.payload()).contains(story.payment.toString());
    assertThat(confirmed.metadata())
        .isEqualTo(new AuditMetadata(story.checkout, "cause-of-Order-1", EventFeed.USER));
  }

  @Test
  void knowsNothingOfAnUnknownCorrelation() {
    new OrderStory().tellTo(given);
    log.awaitCaughtUp();

    assertThat(correlated("nobody-asked-for-this")).isEmpty();
  }

  private List<LoggedEvent> correlated(String correlationId) {
    return queries
        .query(
            new FindCorrelatedEvents(correlationId),
            ResponseTypes.multipleInstancesOf(LoggedEvent.class))
        .join();
  }

  private TrackingEventProcessor auditProcessor() {
    return axon.eventProcessingConfiguration()
        .eventProcessor(AuditLogNames.PROCESSING_GROUP, TrackingEventProcessor.class)
        .orElseThrow();
  }
}
