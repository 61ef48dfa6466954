package io.eventmart.catalog.payment;

import io.eventmart.contracts.payment.PaymentStatus;
import io.eventmart.contracts.payment.query.PaymentHistoryEntry;
import io.eventmart.contracts.payment.query.PaymentQuery.FindPayment;
import io.eventmart.contracts.payment.query.PaymentQuery.FindPaymentForOrder;
import io.eventmart.contracts.payment.query.PaymentView;
import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/** Answers the payment questions of the catalog without blocking. */
public class PaymentQueries {

  private static final String PAYMENTS =
      """
      SELECT payment_id, order_id, customer_id, amount, currency, status, gateway_reference,
          failure_reason, refunded_amount, created_at, updated_at
      FROM catalog.payments""";

  private final DatabaseClient database;

  public PaymentQueries(DatabaseClient database) {
    this.database = database;
  }

  @QueryHandler
  CompletableFuture<Optional<PaymentView>> handle(FindPayment query) {
    return view(database
            .sql(PAYMENTS + " WHERE payment_id = :paymentId")
            .bind("paymentId", query.paymentId())
            .map(PaymentQueries::payment)
            .one())
        .toFuture();
  }

  /** An order has one payment; should there ever be more, the first one requested. */
  @QueryHandler
  CompletableFuture<Optional<PaymentView>> handle(FindPaymentForOrder query) {
    return view(database
            .sql(PAYMENTS + " WHERE order_id = :orderId ORDER BY created_at, payment_id LIMIT 1")
            .bind("orderId", query.orderId())
            .map(PaymentQueries::payment)
            .first())
        .toFuture();
  }

  private Mono<Optional<PaymentView>> view(Mono<PaymentView> payment) {
    return payment
        .flatMap(
            found ->
                history(found.paymentId())
                    .map(
                        history ->
                            new PaymentView(
                                found.paymentId(),
                                found.orderId(),
                                found.customerId(),
                                found.amount(),
                                found.currency(),
                                found.status(),
                                found.gatewayReference(),
                                found.failureReason(),
                                found.refundedAmount(),
                                history,
                                found.createdAt(),
                                found.updatedAt())))
        .map(Optional::of)
        .defaultIfEmpty(Optional.empty());
  }

  private Mono<List<PaymentHistoryEntry>> history(UUID paymentId) {
    return database
        .sql(
            """
            SELECT status, at, reason, amount, sequence FROM catalog.payment_history
            WHERE payment_id = :paymentId ORDER BY sequence""")
        .bind("paymentId", paymentId)
        .map(
            row -> {
              Long sequence = row.get("sequence", Long.class);
              return new PaymentHistoryEntry(
                  PaymentStatus.valueOf(row.get("status", String.class)),
                  row.get("at", Instant.class),
                  row.get("reason", String.class),
                  row.get("amount", BigDecimal.class),
                  sequence == null ? 0 : sequence);
            })
        .all()
        .collectList();
  }

  /** A payment's row, its history still empty. */
  private static PaymentView payment(Readable row) {
    return new PaymentView(
        row.get("payment_id", UUID.class),
        row.get("order_id", UUID.class),
        row.get("customer_id", UUID.class),
        row.get("amount", BigDecimal.class),
        row.get("currency", String.class),
        PaymentStatus.valueOf(row.get("status", String.class)),
        row.get("gateway_reference", String.class),
        row.get("failure_reason", String.class),
        row.get("refunded_amount", BigDecimal.class),
        List.of(),
        row.get("created_at", Instant.class),
        row.get("updated_at", Instant.class));
  }
}
