package io.eventmart.payment.payment;

import static io.eventmart.payment.payment.PaymentTestData.AMOUNT;
import static io.eventmart.payment.payment.PaymentTestData.AUTHORIZATION_REF;
import static io.eventmart.payment.payment.PaymentTestData.CANCELLATION_REFUND_ID;
import static io.eventmart.payment.payment.PaymentTestData.CAPTURE_REF;
import static io.eventmart.payment.payment.PaymentTestData.CARD;
import static io.eventmart.payment.payment.PaymentTestData.CUSTOMER_ID;
import static io.eventmart.payment.payment.PaymentTestData.ORDER_ID;
import static io.eventmart.payment.payment.PaymentTestData.PAYMENT_ID;
import static io.eventmart.payment.payment.PaymentTestData.authorized;
import static io.eventmart.payment.payment.PaymentTestData.capturedPayment;
import static io.eventmart.payment.payment.PaymentTestData.declined;
import static io.eventmart.payment.payment.PaymentTestData.eur;
import static io.eventmart.payment.payment.PaymentTestData.failed;
import static io.eventmart.payment.payment.PaymentTestData.refundFailed;
import static io.eventmart.payment.payment.PaymentTestData.refundId;
import static io.eventmart.payment.payment.PaymentTestData.refundRequested;
import static io.eventmart.payment.payment.PaymentTestData.refunded;
import static io.eventmart.payment.payment.PaymentTestData.requestPayment;
import static io.eventmart.payment.payment.PaymentTestData.requested;
import static io.eventmart.payment.payment.PaymentTestData.voided;
import static io.eventmart.testsupport.Refusals.refusal;

import io.eventmart.contracts.common.Money;
import io.eventmart.contracts.error.ErrorKind;
import io.eventmart.contracts.payment.PaymentCommand;
import io.eventmart.contracts.payment.PaymentCommand.CancelPayment;
import io.eventmart.contracts.payment.PaymentCommand.RecordPaymentAuthorization;
import io.eventmart.contracts.payment.PaymentCommand.RecordPaymentCapture;
import io.eventmart.contracts.payment.PaymentCommand.RecordPaymentDecline;
import io.eventmart.contracts.payment.PaymentCommand.RecordPaymentFailure;
import io.eventmart.contracts.payment.PaymentCommand.RecordRefund;
import io.eventmart.contracts.payment.PaymentCommand.RecordRefundFailure;
import io.eventmart.contracts.payment.PaymentCommand.RefundPayment;
import io.eventmart.contracts.payment.PaymentCommand.RequestPayment;
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
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PaymentTest {

  private static final UUID ANOTHER_ORDER_ID =
      UUID.fromString("9e0a1b2c-3d4e-4f50-8a6b-7c8d9e0f1a2b");

  private AggregateTestFixture<Payment> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Payment.class);
  }

  /** Histories that leave a payment in each status, for rules that depend on the status. */
  static Stream<Arguments> histories() {
    return Stream.of(
        Arguments.of(PaymentStatus.PENDING, List.of(requested())),
        Arguments.of(PaymentStatus.AUTHORIZED, List.of(requested(), authorized())),
        Arguments.of(PaymentStatus.CAPTURED, List.of(capturedPayment())),
        Arguments.of(
            PaymentStatus.PARTIALLY_REFUNDED,
            List.of(
                requested(),
                authorized(),
                PaymentTestData.captured(),
                refundRequested(refundId(1), "30.00"),
                refunded(refundId(1), "30.00", "30.00", PaymentStatus.PARTIALLY_REFUNDED))),
        Arguments.of(
            PaymentStatus.REFUNDED,
            List.of(
                requested(),
                authorized(),
                PaymentTestData.captured(),
                refundRequested(refundId(1), "100.00"),
                refunded(refundId(1), "100.00", "100.00", PaymentStatus.REFUNDED))),
        Arguments.of(PaymentStatus.DECLINED, List.of(requested(), declined())),
        Arguments.of(PaymentStatus.FAILED, List.of(requested(), failed())),
        Arguments.of(PaymentStatus.VOIDED, List.of(requested(), voided())));
  }

  static Stream<Arguments> historiesIn(PaymentStatus... statuses) {
    List<PaymentStatus> wanted = List.of(statuses);
    return histories().filter(history -> wanted.contains((PaymentStatus) history.get()[0]));
  }

  @Test
  void refusesToRecordAnythingForAnUnknownPayment() {
    fixture
        .givenNoPriorActivity()
        .when(new RecordPaymentAuthorization(PAYMENT_ID, AUTHORIZATION_REF))
        .expectException(AggregateNotFoundException.class)
        .expectNoEvents();
  }

  @Nested
  class RequestingAPayment {

    @Test
    void requestsAPendingPaymentForTheOrder() {
      fixture
          .givenNoPriorActivity()
          .when(requestPayment())
          .expectEvents(new PaymentRequested(PAYMENT_ID, ORDER_ID, CUSTOMER_ID, AMOUNT, CARD));
    }

    @Test
    void changesNothingWhenTheSameRequestComesAgain() {
      fixture
          .given(requested())
          .when(requestPayment())
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void refusesARequestForAnotherAmountUnderTheSamePaymentId() {
      fixture
          .given(requested())
          .when(requestPayment(eur("99.99")))
          .expectException(
              refusal(
                  PaymentRejections.AlreadyRequested.CODE,
                  ErrorKind.CONFLICT,
                  Map.of("orderId", ORDER_ID.toString(), "amount", "100.00")))
          .expectNoEvents();
    }

    @Test
    void refusesARequestForAnotherOrderUnderTheSamePaymentId() {
      fixture
          .given(requested())
          .when(new RequestPayment(PAYMENT_ID, ANOTHER_ORDER_ID, CUSTOMER_ID, AMOUNT, CARD))
          .expectException(refusal(PaymentRejections.AlreadyRequested.CODE, ErrorKind.CONFLICT))
          .expectNoEvents();
    }

    @Test
    void refusesToRequestAPaymentOfZero() {
      fixture
          .givenNoPriorActivity()
          .when(requestPayment(eur("0.00")))
          .expectException(
              refusal(
                  PaymentRejections.NonPositiveAmount.CODE,
                  ErrorKind.REJECTED,
                  Map.of("amount", "0.00")))
          .expectNoEvents();
    }

    @Test
    void refusesToRequestANegativePayment() {
      fixture
          .givenNoPriorActivity()
          .when(requestPayment(eur("-5.00")))
          .expectException(refusal(PaymentRejections.NonPositiveAmount.CODE, ErrorKind.REJECTED))
          .expectNoEvents();
    }
  }

  @Nested
  class RecordingTheAuthorization {

    @Test
    void authorizesAPendingPayment() {
      fixture
          .given(requested())
          .when(new RecordPaymentAuthorization(PAYMENT_ID, AUTHORIZATION_REF))
          .expectEvents(new PaymentAuthorized(PAYMENT_ID, ORDER_ID, AUTHORIZATION_REF));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.eventmart.payment.payment.PaymentTest#alreadyAuthorized")
    void changesNothingForAPaymentAuthorizedBefore(PaymentStatus status, List<?> history) {
      fixture
          .given(history)
          .when(new RecordPaymentAuthorization(PAYMENT_ID, "auth-again"))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.eventmart.payment.payment.PaymentTest#endedWithoutMoney")
    void refusesALateAuthorizationOfAPaymentThatEnded(PaymentStatus status, List<?> history) {
      fixture
          .given(history)
          .when(new RecordPaymentAuthorization(PAYMENT_ID, AUTHORIZATION_REF))
          .expectException(
              refusal(
                  PaymentRejections.NotPending.CODE,
                  ErrorKind.CONFLICT,
                  Map.of("currentStatus", status.name())))
          .expectNoEvents();
    }
  }

  @Nested
  class RecordingTheCapture {

    @Test
    void capturesTheFullAmountOfAnAuthorizedPayment() {
      fixture
          .given(requested(), authorized())
          .when(new RecordPaymentCapture(PAYMENT_ID, CAPTURE_REF))
          .expectEvents(new PaymentCaptured(PAYMENT_ID, ORDER_ID, AMOUNT, CAPTURE_REF));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.eventmart.payment.payment.PaymentTest#alreadyCaptured")
    void changesNothingForAPaymentCapturedBefore(PaymentStatus status, List<?> history) {
      fixture
          .given(history)
          .when(new RecordPaymentCapture(PAYMENT_ID, "cap-again"))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.eventmart.payment.payment.PaymentTest#notAuthorized")
    void refusesToCaptureAPaymentThatIsNotAuthorized(PaymentStatus status, List<?> history) {
      fixture
          .given(history)
          .when(new RecordPaymentCapture(PAYMENT_ID, CAPTURE_REF))
          .expectException(
              refusal(
                  PaymentRejections.NotAuthorized.CODE,
                  ErrorKind.CONFLICT,
                  Map.of("currentStatus", status.name())))
          .expectNoEvents();
    }
  }

  @Nested
  class RecordingADecline {

    @Test
    void declinesAPendingPayment() {
      fixture
          .given(requested())
          .when(new RecordPaymentDecline(PAYMENT_ID, "insufficient funds"))
          .expectEvents(new PaymentDeclined(PAYMENT_ID, ORDER_ID, "insufficient funds"));
    }

    @Test
    void changesNothingForAPaymentDeclinedBefore() {
      fixture
          .given(requested(), declined())
          .when(new RecordPaymentDecline(PAYMENT_ID, "card declined"))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.eventmart.payment.payment.PaymentTest#pastPendingExceptDeclined")
    void refusesToDeclineAPaymentThatIsNoLongerPending(PaymentStatus status, List<?> history) {
      fixture
          .given(history)
          .when(new RecordPaymentDecline(PAYMENT_ID, "card declined"))
          .expectException(
              refusal(
                  PaymentRejections.NotPending.CODE,
                  ErrorKind.CONFLICT,
                  Map.of("currentStatus", status.name())))
          .expectNoEvents();
    }
  }

  @Nested
  class RecordingAFailure {

    @Test
    void failsAPendingPayment() {
      fixture
          .given(requested())
          .when(new RecordPaymentFailure(PAYMENT_ID, "no payment method on file"))
          .expectEvents(new PaymentFailed(PAYMENT_ID, ORDER_ID, "no payment method on file"));
    }

    @Test
    void failsAnAuthorizedPaymentWhoseCaptureFailed() {
      fixture
          .given(requested(), authorized())
          .when(new RecordPaymentFailure(PAYMENT_ID, "capture declined: expired"))
          .expectEvents(new PaymentFailed(PAYMENT_ID, ORDER_ID, "capture declined: expired"));
    }

    @Test
    void changesNothingForAPaymentThatFailedBefore() {
      fixture
          .given(requested(), failed())
          .when(new RecordPaymentFailure(PAYMENT_ID, "again"))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.eventmart.payment.payment.PaymentTest#notInProgressExceptFailed")
    void refusesToFailAPaymentThatIsNoLongerInProgress(PaymentStatus status, List<?> history) {
      fixture
          .given(history)
          .when(new RecordPaymentFailure(PAYMENT_ID, "payment gateway unavailable"))
          .expectException(
              refusal(
                  PaymentRejections.NotInProgress.CODE,
                  ErrorKind.CONFLICT,
                  Map.of("currentStatus", status.name())))
          .expectNoEvents();
    }
  }

  @Nested
  class CancellingAPayment {

    @Test
    void voidsAPendingPayment() {
      fixture
          .given(requested())
          .when(new CancelPayment(PAYMENT_ID, "payment timed out"))
          .expectEvents(new PaymentVoided(PAYMENT_ID, ORDER_ID, "payment timed out"));
    }

    @Test
    void voidsAnAuthorizedPayment() {
      fixture
          .given(requested(), authorized())
          .when(new CancelPayment(PAYMENT_ID, "order cancelled"))
          .expectEvents(new PaymentVoided(PAYMENT_ID, ORDER_ID, "order cancelled"));
    }

    @Test
    void refundsAllOfACapturedPayment() {
      fixture
          .given(capturedPayment())
          .when(new CancelPayment(PAYMENT_ID, "order cancelled"))
          .expectEvents(
              new PaymentRefundRequested(
                  PAYMENT_ID, ORDER_ID, CANCELLATION_REFUND_ID, AMOUNT, "order cancelled"));
    }

    @Test
    void refundsOnlyWhatCompletedAndPendingRefundsLeave() {
      fixture
          .given(capturedPayment())
          .andGiven(
              refundRequested(refundId(1), "30.00"),
              refunded(refundId(1), "30.00", "30.00", PaymentStatus.PARTIALLY_REFUNDED),
              refundRequested(refundId(2), "20.00"))
          .when(new CancelPayment(PAYMENT_ID, "order cancelled"))
          .expectEvents(
              new PaymentRefundRequested(
                  PAYMENT_ID, ORDER_ID, CANCELLATION_REFUND_ID, eur("50.00"), "order cancelled"));
    }

    @Test
    void refundsAgainWhatAFailedRefundDidNotPayBack() {
      fixture
          .given(capturedPayment())
          .andGiven(refundRequested(refundId(1), "40.00"), refundFailed(refundId(1), "40.00"))
          .when(new CancelPayment(PAYMENT_ID, "order cancelled"))
          .expectEvents(
              new PaymentRefundRequested(
                  PAYMENT_ID, ORDER_ID, CANCELLATION_REFUND_ID, AMOUNT, "order cancelled"));
    }

    @Test
    void changesNothingWhenTheCancellationRefundWasAlreadyRequested() {
      fixture
          .given(capturedPayment())
          .andGiven(
              new PaymentRefundRequested(
                  PAYMENT_ID, ORDER_ID, CANCELLATION_REFUND_ID, AMOUNT, "order cancelled"))
          .when(new CancelPayment(PAYMENT_ID, "order cancelled again"))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void changesNothingWhenPendingRefundsAlreadyCoverEverything() {
      fixture
          .given(capturedPayment())
          .andGiven(refundRequested(refundId(1), "100.00"))
          .when(new CancelPayment(PAYMENT_ID, "order cancelled"))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.eventmart.payment.payment.PaymentTest#holdingNoMoney")
    void changesNothingForAPaymentThatHoldsNoMoney(PaymentStatus status, List<?> history) {
      fixture
          .given(history)
          .when(new CancelPayment(PAYMENT_ID, "order cancelled"))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }
  }

  @Nested
  class RefundingAPayment {

    @Test
    void refundsPartOfACapturedPayment() {
      fixture
          .given(capturedPayment())
          .when(new RefundPayment(PAYMENT_ID, refundId(1), eur("30.00"), "goodwill"))
          .expectEvents(refundRequested(refundId(1), "30.00"));
    }

    @Test
    void refundsEverythingLeftWhenNoAmountIsGiven() {
      fixture
          .given(capturedPayment())
          .andGiven(
              refundRequested(refundId(1), "30.00"),
              refunded(refundId(1), "30.00", "30.00", PaymentStatus.PARTIALLY_REFUNDED),
              refundRequested(refundId(2), "25.00"))
          .when(new RefundPayment(PAYMENT_ID, refundId(3), null, "goodwill"))
          .expectEvents(refundRequested(refundId(3), "45.00"));
    }

    @Test
    void refundsWhatIsLeftOfAPartiallyRefundedPayment() {
      fixture
          .given(capturedPayment())
          .andGiven(
              refundRequested(refundId(1), "30.00"),
              refunded(refundId(1), "30.00", "30.00", PaymentStatus.PARTIALLY_REFUNDED))
          .when(new RefundPayment(PAYMENT_ID, refundId(2), eur("70.00"), "goodwill"))
          .expectEvents(refundRequested(refundId(2), "70.00"));
    }

    @Test
    void refundsAgainWhatAFailedRefundDidNotPayBack() {
      fixture
          .given(capturedPayment())
          .andGiven(refundRequested(refundId(1), "100.00"), refundFailed(refundId(1), "100.00"))
          .when(new RefundPayment(PAYMENT_ID, refundId(2), eur("100.00"), "goodwill"))
          .expectEvents(refundRequested(refundId(2), "100.00"));
    }

    @Test
    void changesNothingWhenTheSameRefundIsAskedForAgain() {
      fixture
          .given(capturedPayment())
          .andGiven(refundRequested(refundId(1), "30.00"))
          .when(new RefundPayment(PAYMENT_ID, refundId(1), eur("30.00"), "goodwill"))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void changesNothingWhenACompletedRefundOfAFullyRefundedPaymentIsAskedForAgain() {
      fixture
          .given(capturedPayment())
          .andGiven(
              refundRequested(refundId(1), "100.00"),
              refunded(refundId(1), "100.00", "100.00", PaymentStatus.REFUNDED))
          .when(new RefundPayment(PAYMENT_ID, refundId(1), eur("100.00"), "goodwill"))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.eventmart.payment.payment.PaymentTest#notRefundable")
    void refusesToRefundAPaymentWhoseMoneyIsNotCaptured(PaymentStatus status, List<?> history) {
      fixture
          .given(history)
          .when(new RefundPayment(PAYMENT_ID, refundId(9), eur("10.00"), "goodwill"))
          .expectException(
              refusal(
                  PaymentRejections.NotCaptured.CODE,
                  ErrorKind.CONFLICT,
                  Map.of("currentStatus", status.name())))
          .expectNoEvents();
    }

    @Test
    void refusesARefundOfZero() {
      fixture
          .given(capturedPayment())
          .when(new RefundPayment(PAYMENT_ID, refundId(1), eur("0.00"), "goodwill"))
          .expectException(
              refusal(
                  PaymentRejections.NonPositiveRefund.CODE,
                  ErrorKind.REJECTED,
                  Map.of("requested", "0.00")))
          .expectNoEvents();
    }

    @Test
    void refusesANegativeRefund() {
      fixture
          .given(capturedPayment())
          .when(new RefundPayment(PAYMENT_ID, refundId(1), eur("-1.00"), "goodwill"))
          .expectException(refusal(PaymentRejections.NonPositiveRefund.CODE, ErrorKind.REJECTED))
          .expectNoEvents();
    }

    @Test
    void refusesARefundInAnotherCurrency() {
      fixture
          .given(capturedPayment())
          .when(new RefundPayment(PAYMENT_ID, refundId(1), Money.of("10.00", "USD"), "goodwill"))
          .expectException(
              refusal(
                  PaymentRejections.CurrencyMismatch.CODE,
                  ErrorKind.REJECTED,
                  Map.of("requestedCurrency", "USD", "currency", "EUR")))
          .expectNoEvents();
    }

    @Test
    void refusesToRefundMoreThanWasCaptured() {
      fixture
          .given(capturedPayment())
          .when(new RefundPayment(PAYMENT_ID, refundId(1), eur("100.01"), "goodwill"))
          .expectException(
              refusal(
                  PaymentRejections.OverRefund.CODE,
                  ErrorKind.REJECTED,
                  Map.of("requested", "100.01", "refundable", "100.00")))
          .expectNoEvents();
    }

    @Test
    void refusesAnOverRefundCountingCompletedAndPendingRefunds() {
      fixture
          .given(capturedPayment())
          .andGiven(
              refundRequested(refundId(1), "30.00"),
              refunded(refundId(1), "30.00", "30.00", PaymentStatus.PARTIALLY_REFUNDED),
              refundRequested(refundId(2), "50.00"))
          .when(new RefundPayment(PAYMENT_ID, refundId(3), eur("20.01"), "goodwill"))
          .expectException(
              refusal(
                  PaymentRejections.OverRefund.CODE,
                  ErrorKind.REJECTED,
                  Map.of("requested", "20.01", "refundable", "20.00")))
          .expectNoEvents();
    }

    @Test
    void refusesToRefundTheRestWhenPendingRefundsCoverEverything() {
      fixture
          .given(capturedPayment())
          .andGiven(refundRequested(refundId(1), "100.00"))
          .when(new RefundPayment(PAYMENT_ID, refundId(2), null, "goodwill"))
          .expectException(
              refusal(
                  PaymentRejections.NothingLeftToRefund.CODE,
                  ErrorKind.REJECTED,
                  Map.of("refundable", "0.00")))
          .expectNoEvents();
    }
  }

  @Nested
  class RecordingARefund {

    @Test
    void completesAPartialRefund() {
      fixture
          .given(capturedPayment())
          .andGiven(refundRequested(refundId(1), "30.00"))
          .when(new RecordRefund(PAYMENT_ID, refundId(1), "ref-1"))
          .expectEvents(
              new PaymentRefunded(
                  PAYMENT_ID,
                  ORDER_ID,
                  refundId(1),
                  eur("30.00"),
                  eur("30.00"),
                  PaymentStatus.PARTIALLY_REFUNDED,
                  "ref-1"));
    }

    @Test
    void completesTheRefundThatPaysEverythingBack() {
      fixture
          .given(capturedPayment())
          .andGiven(
              refundRequested(refundId(1), "30.00"),
              refunded(refundId(1), "30.00", "30.00", PaymentStatus.PARTIALLY_REFUNDED),
              refundRequested(refundId(2), "70.00"))
          .when(new RecordRefund(PAYMENT_ID, refundId(2), "ref-2"))
          .expectEvents(
              new PaymentRefunded(
                  PAYMENT_ID,
                  ORDER_ID,
                  refundId(2),
                  eur("70.00"),
                  eur("100.00"),
                  PaymentStatus.REFUNDED,
                  "ref-2"));
    }

    @Test
    void staysPartiallyRefundedWhileAnotherRefundIsPending() {
      fixture
          .given(capturedPayment())
          .andGiven(refundRequested(refundId(1), "60.00"), refundRequested(refundId(2), "40.00"))
          .when(new RecordRefund(PAYMENT_ID, refundId(1), "ref-1"))
          .expectEvents(
              new PaymentRefunded(
                  PAYMENT_ID,
                  ORDER_ID,
                  refundId(1),
                  eur("60.00"),
                  eur("60.00"),
                  PaymentStatus.PARTIALLY_REFUNDED,
                  "ref-1"));
    }

    @Test
    void changesNothingForAnUnknownRefund() {
      fixture
          .given(capturedPayment())
          .when(new RecordRefund(PAYMENT_ID, refundId(7), "ref-7"))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void changesNothingForARefundCompletedBefore() {
      fixture
          .given(capturedPayment())
          .andGiven(
              refundRequested(refundId(1), "30.00"),
              refunded(refundId(1), "30.00", "30.00", PaymentStatus.PARTIALLY_REFUNDED))
          .when(new RecordRefund(PAYMENT_ID, refundId(1), "ref-1"))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void changesNothingForARefundThatFailedBefore() {
      fixture
          .given(capturedPayment())
          .andGiven(refundRequested(refundId(1), "30.00"), refundFailed(refundId(1), "30.00"))
          .when(new RecordRefund(PAYMENT_ID, refundId(1), "ref-1"))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }
  }

  @Nested
  class RecordingARefundFailure {

    @Test
    void failsAPendingRefund() {
      fixture
          .given(capturedPayment())
          .andGiven(refundRequested(refundId(1), "30.00"))
          .when(new RecordRefundFailure(PAYMENT_ID, refundId(1), "card expired"))
          .expectEvents(
              new PaymentRefundFailed(
                  PAYMENT_ID, ORDER_ID, refundId(1), eur("30.00"), "card expired"));
    }

    @Test
    void changesNothingForAnUnknownRefund() {
      fixture
          .given(capturedPayment())
          .when(new RecordRefundFailure(PAYMENT_ID, refundId(7), "card expired"))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void changesNothingForARefundCompletedBefore() {
      fixture
          .given(capturedPayment())
          .andGiven(
              refundRequested(refundId(1), "30.00"),
              refunded(refundId(1), "30.00", "30.00", PaymentStatus.PARTIALLY_REFUNDED))
          .when(new RecordRefundFailure(PAYMENT_ID, refundId(1), "card expired"))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }
  }

  @Nested
  class ValidatingCommands {

    // Validated as the command bus does it in production: a handler interceptor, with message
    // interpolation that needs no EL implementation.
    private final ValidatorFactory validation =
        Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();

    @BeforeEach
    void validateBeforeHandling() {
      fixture.registerCommandHandlerInterceptor(new BeanValidationInterceptor<>(validation));
    }

    @AfterEach
    void closeValidation() {
      validation.close();
    }

    @Test
    void refusesARequestWithoutAnAmount() {
      fixture
          .givenNoPriorActivity()
          .when(new RequestPayment(PAYMENT_ID, ORDER_ID, CUSTOMER_ID, null, CARD))
          .expectException(JSR303ViolationException.class)
          .expectNoEvents();
    }

    @Test
    void refusesARequestWithoutAMethodType() {
      fixture
          .givenNoPriorActivity()
          .when(new RequestPayment(PAYMENT_ID, ORDER_ID, CUSTOMER_ID, AMOUNT, " "))
          .expectException(JSR303ViolationException.class)
          .expectNoEvents();
    }

    @Test
    void refusesAnAuthorizationWithoutAGatewayReference() {
      fixture
          .given(requested())
          .when(new RecordPaymentAuthorization(PAYMENT_ID, ""))
          .expectException(JSR303ViolationException.class)
          .expectNoEvents();
    }

    @Test
    void refusesADeclineWithAReasonLongerThanAllowed() {
      fixture
          .given(requested())
          .when(
              new RecordPaymentDecline(PAYMENT_ID, "x".repeat(PaymentCommand.MAX_TEXT_LENGTH + 1)))
          .expectException(JSR303ViolationException.class)
          .expectNoEvents();
    }

    @Test
    void refusesARefundWithoutARefundId() {
      fixture
          .given(capturedPayment())
          .when(new RefundPayment(PAYMENT_ID, null, eur("10.00"), "goodwill"))
          .expectException(JSR303ViolationException.class)
          .expectNoEvents();
    }

    @Test
    void refusesACancellationWithoutAReason() {
      fixture
          .given(requested())
          .when(new CancelPayment(PAYMENT_ID, null))
          .expectException(JSR303ViolationException.class)
          .expectNoEvents();
    }

    @Test
    void acceptsAValidCommand() {
      fixture
          .given(requested())
          .when(new RecordPaymentAuthorization(PAYMENT_ID, AUTHORIZATION_REF))
          .expectEvents(authorized());
    }
  }

  static Stream<Arguments> alreadyAuthorized() {
    return historiesIn(
        PaymentStatus.AUTHORIZED,
        PaymentStatus.CAPTURED,
        PaymentStatus.PARTIALLY_REFUNDED,
        PaymentStatus.REFUNDED);
  }

  static Stream<Arguments> endedWithoutMoney() {
    return historiesIn(PaymentStatus.VOIDED, PaymentStatus.DECLINED, PaymentStatus.FAILED);
  }

  static Stream<Arguments> alreadyCaptured() {
    return historiesIn(
        PaymentStatus.CAPTURED, PaymentStatus.PARTIALLY_REFUNDED, PaymentStatus.REFUNDED);
  }

  static Stream<Arguments> notAuthorized() {
    return historiesIn(
        PaymentStatus.PENDING, PaymentStatus.DECLINED, PaymentStatus.FAILED, PaymentStatus.VOIDED);
  }

  static Stream<Arguments> pastPendingExceptDeclined() {
    return historiesIn(
        PaymentStatus.AUTHORIZED,
        PaymentStatus.CAPTURED,
        PaymentStatus.PARTIALLY_REFUNDED,
        PaymentStatus.REFUNDED,
        PaymentStatus.FAILED,
        PaymentStatus.VOIDED);
  }

  static Stream<Arguments> notInProgressExceptFailed() {
    return historiesIn(
        PaymentStatus.CAPTURED,
        PaymentStatus.PARTIALLY_REFUNDED,
        PaymentStatus.REFUNDED,
        PaymentStatus.DECLINED,
        PaymentStatus.VOIDED);
  }

  static Stream<Arguments> holdingNoMoney() {
    return historiesIn(
        PaymentStatus.DECLINED, PaymentStatus.FAILED, PaymentStatus.VOIDED, PaymentStatus.REFUNDED);
  }

  static Stream<Arguments> notRefundable() {
    return historiesIn(
        PaymentStatus.PENDING,
        PaymentStatus.AUTHORIZED,
        PaymentStatus.REFUNDED,
        PaymentStatus.DECLINED,
        PaymentStatus.FAILED,
        PaymentStatus.VOIDED);
  }
}
