package io.eventmart.payment.infrastructure.metrics;

import io.eventmart.contracts.payment.PaymentEvent.PaymentCaptured;
import io.eventmart.contracts.payment.PaymentEvent.PaymentDeclined;
import io.eventmart.contracts.payment.PaymentEvent.PaymentFailed;
import io.eventmart.contracts.payment.PaymentEvent.PaymentRefunded;
import io.eventmart.contracts.payment.PaymentEvent.PaymentVoided;
import io.eventmart.support.metrics.AfterCommit;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;

/**
 * How payments end, counted where payments are recorded: {@code eventmart.payments} tagged with the
 * outcome (captured, declined, failed, voided, refunded — each completed refund, partial or full,
 * counts once).
 *
 * <p>Like the order metrics it runs in a subscribing processor ({@value #PROCESSING_GROUP}) and
 * counts once the event's unit of work has committed: it sees only what this instance records from
 * now on, so no history and no replay ever reaches the counter.
 */
@ProcessingGroup(PaymentMetrics.PROCESSING_GROUP)
public final class PaymentMetrics {

  public static final String PROCESSING_GROUP = "payment-metrics";

  static final String OUTCOMES = "eventmart.payments";

  /** The outcomes counted; the tag takes no other value. */
  enum Outcome {
    CAPTURED,
    DECLINED,
    FAILED,
    VOIDED,
    REFUNDED
  }

  private final Map<Outcome, Counter> outcomes = new EnumMap<>(Outcome.class);

  /** Registers a counter per outcome, at zero until the first payment ends that way. */
  public PaymentMetrics(MeterRegistry registry) {
    for (Outcome outcome : Outcome.values()) {
      outcomes.put(
          outcome,
          Counter.builder(OUTCOMES)
              .description("Payments by how they ended, refunds counted one by one")
              .tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
              .register(registry));
    }
  }

  @EventHandler
  void on(PaymentCaptured event) {
    count(Outcome.CAPTURED);
  }

  @EventHandler
  void on(PaymentDeclined event) {
    count(Outcome.DECLINED);
  }

  @EventHandler
  void on(PaymentFailed event) {
    count(Outcome.FAILED);
  }

  @EventHandler
  void on(PaymentVoided event) {
    count(Outcome.VOIDED);
  }

  @EventHandler
  void on(PaymentRefunded event) {
    count(Outcome.REFUNDED);
  }

  private void count(Outcome outcome) {
    AfterCommit.measure(outcomes.get(outcome)::increment);
  }
}
