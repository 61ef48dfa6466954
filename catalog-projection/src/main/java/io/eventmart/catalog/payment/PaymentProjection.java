package io.eventmart.catalog.payment;

import static io.eventmart.catalog.readmodel.ReadModelStore.bindNullable;

import io.eventmart.catalog.readmodel.CatalogReadModel;
import io.eventmart.catalog.readmodel.ReadModelStore;
import io.eventmart.contracts.payment.PaymentEvent.PaymentAuthorized;
import io.eventmart.contracts.payment.PaymentEvent.PaymentCaptured;
import io.eventmart.contracts.payment.PaymentEvent.PaymentDeclined;
import io.eventmart.contracts.payment.PaymentEvent.PaymentFailed;
import io.eventmart.contracts.payment.PaymentEvent.PaymentRefundFailed;
import io.eventmart.contracts.payment.PaymentEvent.PaymentRefundRequested;
import io.eventmart.contracts.payment.PaymentEvent.PaymentRefunded;
import io.eventmart.contracts.payment.PaymentEvent.PaymentRequested;
import io.eventmart.contracts.payment.PaymentEvent.PaymentVoided;
import io.eventmart.contracts.payment.PaymentStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import reactor.core.publisher.Mono;

/**
 * Writes {@code catalog.payments} and its history from the payment aggregate's events. Each event's
 * rows are written in one transaction that also advances the payment's {@code last_sequence}; an
 * event at or below it was applied already and writes nothing.
 */
@ProcessingGroup(CatalogReadModel.PROCESSING_GROUP)
public class PaymentProjection {

  private final ReadModelStore store;

  public PaymentProjection(ReadModelStore store) {
    this.store = store;
  }

  @EventHandler
  void on(PaymentRequested event, @SequenceNumber long sequence, @Timestamp Instant at) {
    store.inTransaction(
        database ->
            database
                .sql(
                    """
                    INSERT INTO catalog.payments (payment_id, order_id, customer_id, amount,
                        currency, status, created_at, updated_at, last_sequence)
                    VALUES (:paymentId, :orderId, :customerId, :amount,
                        :currency, :status, :at, :at, :sequence)
                    ON CONFLICT (payment_id) DO NOTHING""")
                .bind("paymentId", event.paymentId())
                .bind("orderId", event.orderId())
                .bind("customerId", event.customerId())
                .bind("amount", event.amount().amount())
                .bind("currency", event.amount().currency())
                .bind("status", PaymentStatus.PENDING.name())
                .bind("at", at)
                .bind("sequence", sequence)
                .fetch()
                .rowsUpdated()
                .filter(inserted -> inserted > 0)
                .flatMap(
                    inserted ->
                        insertHistory(
                            database,
                            event.paymentId(),
                            sequence,
                            at,
                            PaymentStatus.PENDING.name(),
                            PaymentStep.requested())));
  }

  @EventHandler
  void on(PaymentAuthorized event, @SequenceNumber long sequence, @Timestamp Instant at) {
    apply(event.paymentId(), sequence, at, PaymentStep.authorized(event.gatewayReference()));
  }

  @EventHandler
  void on(PaymentCaptured event, @SequenceNumber long sequence, @Timestamp Instant at) {
    apply(
        event.paymentId(),
        sequence,
        at,
        PaymentStep.captured(event.amount(), event.gatewayReference()));
  }

  @EventHandler
  void on(PaymentDeclined event, @SequenceNumber long sequence, @Timestamp Instant at) {
    apply(
        event.paymentId(), sequence, at, PaymentStep.ended(PaymentStatus.DECLINED, event.reason()));
  }

  @EventHandler
  void on(PaymentFailed event, @SequenceNumber long sequence, @Timestamp Instant at) {
    apply(event.paymentId(), sequence, at, PaymentStep.ended(PaymentStatus.FAILED, event.reason()));
  }

  @EventHandler
  void on(PaymentVoided event, @SequenceNumber long sequence, @Timestamp Instant at) {
    apply(event.paymentId(), sequence, at, PaymentStep.ended(PaymentStatus.VOIDED, event.reason()));
  }

  @EventHandler
  void on(PaymentRefundRequested event, @SequenceNumber long sequence, @Timestamp Instant at) {
    apply(
        event.paymentId(),
        sequence,
        at,
        PaymentStep.refundRequested(event.amount(), event.reason()));
  }

  @EventHandler
  void on(PaymentRefunded event, @SequenceNumber long sequence, @Timestamp Instant at) {
    apply(
        event.paymentId(),
        sequence,
        at,
        PaymentStep.refunded(event.status(), event.amount(), event.totalRefunded()));
  }

  @EventHandler
  void on(PaymentRefundFailed event, @SequenceNumber long sequence, @Timestamp Instant at) {
    apply(
        event.paymentId(), sequence, at, PaymentStep.refundFailed(event.amount(), event.reason()));
  }

  /** A rebuild starts from empty tables. */
  @ResetHandler
  void reset() {
    store.truncate("catalog.payments", "catalog.payment_history");
  }

  /** Changes the payment's row by {@code step} and records the step, unless it was applied. */
  private void apply(UUID paymentId, long sequence, Instant at, PaymentStep step) {
    store.inTransaction(
        database -> {
          GenericExecuteSpec update =
              database
                  .sql(
                      """
                      UPDATE catalog.payments SET status = COALESCE(:status, status),
                          gateway_reference = COALESCE(:gatewayReference, gateway_reference),
                          failure_reason = COALESCE(:failureReason, failure_reason),
                          refunded_amount = COALESCE(:refundedAmount, refunded_amount),
                          updated_at = :at, last_sequence = :sequence
                      WHERE payment_id = :paymentId AND last_sequence < :sequence
                      RETURNING status""")
                  .bind("paymentId", paymentId)
                  .bind("at", at)
                  .bind("sequence", sequence);
          update =
              bindNullable(
                  update,
                  "status",
                  step.status() == null ? null : step.status().name(),
                  String.class);
          update = bindNullable(update, "gatewayReference", step.gatewayReference(), String.class);
          update = bindNullable(update, "failureReason", step.failureReason(), String.class);
          update = bindNullable(update, "refundedAmount", step.refundedAmount(), BigDecimal.class);
          return update
              .map(row -> row.get("status", String.class))
              .one()
              .flatMap(status -> insertHistory(database, paymentId, sequence, at, status, step));
        });
  }

  /** Records one step of the payment's history. */
  private static Mono<Long> insertHistory(
      DatabaseClient database,
      UUID paymentId,
      long sequence,
      Instant at,
      String statusAfter,
      PaymentStep step) {
    GenericExecuteSpec insert =
        database
            .sql(
                """
                INSERT INTO catalog.payment_history (payment_id, sequence, status, at, reason,
                    amount)
                VALUES (:paymentId, :sequence, :status, :at, :reason, :amount)""")
            .bind("paymentId", paymentId)
            .bind("sequence", sequence)
            .bind("status", statusAfter)
            .bind("at", at);
    insert = bindNullable(insert, "reason", step.reason(), String.class);
    insert = bindNullable(insert, "amount", step.amount(), BigDecimal.class);
    return insert.fetch().rowsUpdated();
  }
}
