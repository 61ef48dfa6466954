package io.eventmart.payment.gateway;

import static io.eventmart.payment.gateway.ScriptedPaymentGateway.Operation.AUTHORIZE;
import static io.eventmart.payment.gateway.ScriptedPaymentGateway.Operation.CAPTURE;
import static io.eventmart.payment.gateway.ScriptedPaymentGateway.Operation.REFUND;
import static io.eventmart.payment.gateway.ScriptedPaymentGateway.Operation.VOID;
import static io.eventmart.payment.gateway.ScriptedPaymentGateway.declined;
import static io.eventmart.payment.gateway.ScriptedPaymentGateway.failed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.eventmart.contracts.common.Money;
import io.eventmart.contracts.error.DomainError;
import io.eventmart.contracts.error.ErrorKind;
import io.eventmart.contracts.metadata.EventMetadata;
import io.eventmart.contracts.payment.PaymentCommand.RecordPaymentAuthorization;
import io.eventmart.contracts.payment.PaymentCommand.RecordPaymentCapture;
import io.eventmart.contracts.payment.PaymentCommand.RecordPaymentDecline;
import io.eventmart.contracts.payment.PaymentCommand.RecordPaymentFailure;
import io.eventmart.contracts.payment.PaymentCommand.RecordRefund;
import io.eventmart.contracts.payment.PaymentCommand.RecordRefundFailure;
import io.eventmart.contracts.payment.PaymentEvent.PaymentAuthorized;
import io.eventmart.contracts.payment.PaymentEvent.PaymentFailed;
import io.eventmart.contracts.payment.PaymentEvent.PaymentRefundRequested;
import io.eventmart.contracts.payment.PaymentEvent.PaymentRequested;
import io.eventmart.contracts.payment.PaymentEvent.PaymentVoided;
import io.eventmart.contracts.payment.PaymentIds;
import io.eventmart.payment.gateway.ScriptedPaymentGateway.Call;
import io.eventmart.payment.payment.PaymentRejections;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The processor with a scripted gateway, real Axon gateways whose buses record commands and answer
 * the payment-method query, and events delivered through Axon's annotation adapter as a processor
 * would. The doubles answer at once, so each handler has finished its work when it returns unless a
 * test holds an answer back.
 */
class PaymentGatewayProcessorTest {

  private static final UUID ORDER_ID = UUID.fromString("3f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0");
  private static final UUID PAYMENT_ID = PaymentIds.forOrder(ORDER_ID);
  private static final UUID CUSTOMER_ID = UUID.fromString("7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d");
  private static final UUID REFUND_ID = UUID.fromString("00000000-0000-4000-8000-000000000001");
  private static final Money AMOUNT = Money.of("42.00", "EUR");
  private static final MetaData REQUEST =
      MetaData.with(EventMetadata.CORRELATION_ID, "request-42")
          .and(EventMetadata.USER_ID, "user-7");

  private final ScriptedPaymentGateway gateway = new ScriptedPaymentGateway();
  private final RecordingCommandGateway commands = new RecordingCommandGateway();
  private final PaymentMethodsOnFile paymentMethods = new PaymentMethodsOnFile();
  private QueryGateway queries;
  private AnnotationEventHandlerAdapter processor;

  @BeforeEach
  void setUp() {
    SimpleQueryBus queryBus = SimpleQueryBus.builder().build();
    new AnnotationQueryHandlerAdapter<>(paymentMethods).subscribe(queryBus);
    queries = DefaultQueryGateway.builder().queryBus(queryBus).build();
    processor = processorWith(8);
  }

  @Nested
  class Authorizing {

    @Test
    void authorizesWithTheCardOnFileAndRecordsTheAuthorization() throws Exception {
      paymentMethods.register(ORDER_ID, "tok_visa");

      handle(requested(ORDER_ID));

      assertThat(gateway.calls()).containsExactly(new Call(AUTHORIZE, PAYMENT_ID, "tok_visa"));
      assertThat(commands.payloads())
          .containsExactly(new RecordPaymentAuthorization(PAYMENT_ID, "authorize-ref"));
    }

    @Test
    void recordsADeclineWithTheGatewaysReason() throws Exception {
      paymentMethods.register(ORDER_ID, "tok_insufficient_funds");
      gateway.answering(AUTHORIZE, call -> declined("insufficient funds"));

      handle(requested(ORDER_ID));

      assertThat(commands.payloads())
          .containsExactly(new RecordPaymentDecline(PAYMENT_ID, "insufficient funds"));
    }

    @Test
    void failsThePaymentWhenNoPaymentMethodIsOnFile() throws Exception {
      handle(requested(ORDER_ID));

      assertThat(gateway.calls()).isEmpty();
      assertThat(commands.payloads())
          .containsExactly(new RecordPaymentFailure(PAYMENT_ID, "no payment method on file"));
    }

    @Test
    void failsThePaymentWhenThePaymentMethodCannotBeLookedUp() throws Exception {
      queries = DefaultQueryGateway.builder().queryBus(SimpleQueryBus.builder().build()).build();
      processor = processorWith(8);

      handle(requested(ORDER_ID));

      assertThat(gateway.calls()).isEmpty();
      assertThat(commands.payloads())
          .singleElement()
          .isInstanceOfSatisfying(
              RecordPaymentFailure.class,
              failure ->
                  assertThat(failure.reason())
                      .startsWith(PaymentGatewayProcessor.PAYMENT_METHOD_LOOKUP_FAILED));
    }

    @Test
    void failsThePaymentFastWhileTheCircuitBreakerIsOpen() throws Exception {
      paymentMethods.register(ORDER_ID, "tok_visa");
      gateway.answering(
          AUTHORIZE, call -> failed(new GatewayUnavailableException("circuit breaker open")));

      handle(requested(ORDER_ID));

      assertThat(commands.payloads())
          .containsExactly(
              new RecordPaymentFailure(
                  PAYMENT_ID, "payment gateway unavailable: circuit breaker open"));
    }

    @Test
    void leavesThePaymentPendingWhenTheOutcomeIsUnknownAfterATimeout() throws Exception {
      paymentMethods.register(ORDER_ID, "tok_timeout");
      gateway.answering(
          AUTHORIZE, call -> failed(new GatewayTimeoutException("no answer within 3s", null)));

      handle(requested(ORDER_ID));

      assertThat(gateway.calls(AUTHORIZE)).hasSize(1);
      assertThat(commands.payloads()).isEmpty();
    }

    @Test
    void recordsNothingWhenTheGatewayFailsUnexpectedly() throws Exception {
      paymentMethods.register(ORDER_ID, "tok_visa");
      gateway.answering(AUTHORIZE, call -> failed(new IllegalStateException("bug in adapter")));

      handle(requested(ORDER_ID));

      assertThat(commands.payloads()).isEmpty();
    }

    @Test
    void voidsALateAuthorizationThatThePaymentRefuses() throws Exception {
      paymentMethods.register(ORDER_ID, "tok_visa");
      commands.refuse(
          RecordPaymentAuthorization.class,
          new DomainError(
              PaymentRejections.NotPending.CODE,
              ErrorKind.CONFLICT,
              "A VOIDED payment cannot be authorized",
              Map.of("currentStatus", "VOIDED")));

      handle(requested(ORDER_ID));

      assertThat(gateway.calls())
          .containsExactly(
              new Call(AUTHORIZE, PAYMENT_ID, "tok_visa"), new Call(VOID, PAYMENT_ID, null));
    }

    @Test
    void releasesNothingWhenALateDeclineIsRefused() throws Exception {
      paymentMethods.register(ORDER_ID, "tok_declined");
      gateway.answering(AUTHORIZE, call -> declined("card declined"));
      commands.refuse(
          RecordPaymentDecline.class,
          new DomainError(
              PaymentRejections.NotPending.CODE,
              ErrorKind.CONFLICT,
              "A VOIDED payment cannot be declined",
              Map.of("currentStatus", "VOIDED")));

      handle(requested(ORDER_ID));

      assertThat(gateway.calls(VOID)).isEmpty();
    }
  }

  @Nested
  class Capturing {

    @Test
    void capturesTheAuthorizationAndRecordsTheCapture() throws Exception {
      handle(new PaymentAuthorized(PAYMENT_ID, ORDER_ID, "auth-1"));

      assertThat(gateway.calls()).containsExactly(new Call(CAPTURE, PAYMENT_ID, "auth-1"));
      assertThat(commands.payloads())
          .containsExactly(new RecordPaymentCapture(PAYMENT_ID, "capture-ref"));
    }

    @Test
    void failsThePaymentWhenTheCaptureIsDeclined() throws Exception {
      gateway.answering(CAPTURE, call -> declined("authorization expired"));

      handle(new PaymentAuthorized(PAYMENT_ID, ORDER_ID, "auth-1"));

      assertThat(commands.payloads())
          .containsExactly(
              new RecordPaymentFailure(PAYMENT_ID, "capture declined: authorization expired"));
    }

    @Test
    void failsThePaymentWhenTheGatewayIsUnavailableForTheCapture() throws Exception {
      gateway.answering(
          CAPTURE, call -> failed(new GatewayUnavailableException("503 Service Unavailable")));

      handle(new PaymentAuthorized(PAYMENT_ID, ORDER_ID, "auth-1"));

      assertThat(commands.payloads())
          .containsExactly(
              new RecordPaymentFailure(
                  PAYMENT_ID, "payment gateway unavailable: 503 Service Unavailable"));
    }

    @Test
    void leavesThePaymentAuthorizedWhenTheCaptureTimesOut() throws Exception {
      gateway.answering(
          CAPTURE, call -> failed(new GatewayTimeoutException("no answer within 3s", null)));

      handle(new PaymentAuthorized(PAYMENT_ID, ORDER_ID, "auth-1"));

      assertThat(commands.payloads()).isEmpty();
    }

    @Test
    void voidsACaptureThatThePaymentNoLongerTakes() throws Exception {
      commands.refuse(
          RecordPaymentCapture.class,
          new DomainError(
              PaymentRejections.NotAuthorized.CODE,
              ErrorKind.CONFLICT,
              "A VOIDED payment cannot be captured",
              Map.of("currentStatus", "VOIDED")));

      handle(new PaymentAuthorized(PAYMENT_ID, ORDER_ID, "auth-1"));

      assertThat(gateway.calls())
          .containsExactly(
              new Call(CAPTURE, PAYMENT_ID, "auth-1"), new Call(VOID, PAYMENT_ID, null));
    }
  }

  @Nested
  class Releasing {

    @Test
    void voidsAtTheGatewayWhenThePaymentIsVoided() throws Exception {
      handle(new PaymentVoided(PAYMENT_ID, ORDER_ID, "payment timed out"));

      assertThat(gateway.calls()).containsExactly(new Call(VOID, PAYMENT_ID, null));
      assertThat(commands.payloads()).isEmpty();
    }

    @Test
    void voidsAtTheGatewayWhenThePaymentFails() throws Exception {
      handle(new PaymentFailed(PAYMENT_ID, ORDER_ID, "capture declined: expired"));

      assertThat(gateway.calls()).containsExactly(new Call(VOID, PAYMENT_ID, null));
    }

    @Test
    void survivesAVoidTheGatewayCannotDo() throws Exception {
      gateway.answering(
          VOID, call -> failed(new GatewayUnavailableException("circuit breaker open")));

      handle(new PaymentVoided(PAYMENT_ID, ORDER_ID, "order cancelled"));
      handle(new PaymentVoided(PAYMENT_ID, ORDER_ID, "order cancelled"));

      assertThat(gateway.calls(VOID)).hasSize(2);
      assertThat(commands.payloads()).isEmpty();
    }
  }

  @Nested
  class Refunding {

    private final PaymentRefundRequested refundRequested =
        new PaymentRefundRequested(
            PAYMENT_ID, ORDER_ID, REFUND_ID, Money.of("10.00", "EUR"), "goodwill");

    @Test
    void refundsUnderTheRefundIdAndRecordsTheRefund() throws Exception {
      handle(refundRequested);

      assertThat(gateway.calls())
          .containsExactly(new Call(REFUND, REFUND_ID, Money.of("10.00", "EUR")));
      assertThat(commands.payloads())
          .containsExactly(new RecordRefund(PAYMENT_ID, REFUND_ID, "refund-ref"));
    }

    @Test
    void recordsARefundFailureWhenTheRefundIsDeclined() throws Exception {
      gateway.answering(REFUND, call -> declined("card closed"));

      handle(refundRequested);

      assertThat(commands.payloads())
          .containsExactly(new RecordRefundFailure(PAYMENT_ID, REFUND_ID, "card closed"));
    }

    @Test
    void recordsARefundFailureWhenTheGatewayIsUnavailable() throws Exception {
      gateway.answering(
          REFUND, call -> failed(new GatewayUnavailableException("circuit breaker open")));

      handle(refundRequested);

      assertThat(commands.payloads())
          .containsExactly(
              new RecordRefundFailure(
                  PAYMENT_ID, REFUND_ID, "payment gateway unavailable: circuit breaker open"));
    }

    @Test
    void leavesTheRefundPendingWhenItsOutcomeIsUnknown() throws Exception {
      gateway.answering(
          REFUND, call -> failed(new GatewayTimeoutException("no answer within 3s", null)));

      handle(refundRequested);

      assertThat(commands.payloads()).isEmpty();
    }
  }

  @Nested
  class ReportingFromAnotherThread {

    @Test
    void tiesEveryReportToTheRequestAndToTheEventThatCausedIt() throws Exception {
      paymentMethods.register(ORDER_ID, "tok_visa");
      EventMessage<?> event = eventOf(requested(ORDER_ID), REQUEST);

      processor.handle(event);

      CommandMessage<?> report = commands.messages().get(0);
      assertThat(report.getMetaData())
          .containsEntry(EventMetadata.CORRELATION_ID, "request-42")
          .containsEntry(EventMetadata.USER_ID, "user-7")
          .containsEntry(EventMetadata.CAUSATION_ID, event.getIdentifier());
    }

    @Test
    void startsTheCorrelationAtAnEventThatHasNone() throws Exception {
      EventMessage<?> event =
          eventOf(new PaymentAuthorized(PAYMENT_ID, ORDER_ID, "auth-1"), MetaData.emptyInstance());

      processor.handle(event);

      assertThat(commands.messages().get(0).getMetaData())
          .containsEntry(EventMetadata.CORRELATION_ID, event.getIdentifier())
          .containsEntry(EventMetadata.CAUSATION_ID, event.getIdentifier())
          .doesNotContainKey(EventMetadata.USER_ID);
    }

    @Test
    void returnsBeforeTheGatewayAnswersAndReportsWhenItDoes() throws Exception {
      paymentMethods.register(ORDER_ID, "tok_visa");
      CompletableFuture<GatewayOutcome> answer = new CompletableFuture<>();
      gateway.answering(AUTHORIZE, call -> answer);

      handle(requested(ORDER_ID));
      assertThat(commands.payloads()).isEmpty();

      CompletableFuture.runAsync(() -> answer.complete(new GatewayOutcome.Approved("auth-late")));

      await()
          .atMost(Duration.ofSeconds(5))
          .untilAsserted(
              () ->
                  assertThat(commands.payloads())
                      .containsExactly(new RecordPaymentAuthorization(PAYMENT_ID, "auth-late")));
    }

    @Test
    void waitsForAFreeSlotOnceTheCallsInFlightReachTheLimit() throws Exception {
      processor = processorWith(1);
      UUID secondOrder = UUID.fromString("11111111-2222-4333-8444-555555555555");
      paymentMethods.register(ORDER_ID, "tok_visa");
      paymentMethods.register(secondOrder, "tok_visa");
      CompletableFuture<GatewayOutcome> firstAnswer = new CompletableFuture<>();
      gateway.answering(
          AUTHORIZE,
          call ->
              call.key().equals(PAYMENT_ID)
                  ? firstAnswer
                  : ScriptedPaymentGateway.approved("auth-2"));

      handle(requested(ORDER_ID));
      CompletableFuture<Void> second =
          CompletableFuture.runAsync(
              () -> {
                try {
                  handle(requested(secondOrder));
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              });

      await()
          .during(Duration.ofMillis(300))
          .atMost(Duration.ofSeconds(2))
          .until(() -> gateway.calls(AUTHORIZE).size() == 1 && !second.isDone());

      firstAnswer.complete(new GatewayOutcome.Approved("auth-1"));

      await().atMost(Duration.ofSeconds(5)).until(second::isDone);
      assertThat(gateway.calls(AUTHORIZE)).hasSize(2);
      assertThat(commands.payloads())
          .containsExactlyInAnyOrder(
              new RecordPaymentAuthorization(PAYMENT_ID, "auth-1"),
              new RecordPaymentAuthorization(PaymentIds.forOrder(secondOrder), "auth-2"));
    }
  }

  @Test
  void refusesToTakePartInAReplay() {
    assertThat(processor.supportsReset()).isFalse();
  }

  @Test
  void needsRoomForAtLeastOneCall() {
    assertThatThrownBy(() -> new PaymentGatewayProcessor(gateway, commands.gateway(), queries, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private AnnotationEventHandlerAdapter processorWith(int maxCallsInFlight) {
    return new AnnotationEventHandlerAdapter(
        new PaymentGatewayProcessor(gateway, commands.gateway(), queries, maxCallsInFlight));
  }

  private void handle(Object event) throws Exception {
    processor.handle(eventOf(event, REQUEST));
  }

  private static EventMessage<?> eventOf(Object payload, MetaData metaData) {
    return GenericEventMessage.asEventMessage(payload).andMetaData(metaData);
  }

  private static PaymentRequested requested(UUID orderId) {
    return new PaymentRequested(PaymentIds.forOrder(orderId), orderId, CUSTOMER_ID, AMOUNT, "card");
  }
}
