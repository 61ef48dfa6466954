package io.eventmart.payment.payment;

import io.eventmart.contracts.common.Money;
import io.eventmart.contracts.error.DomainException;
import io.eventmart.contracts.error.ErrorKind;
import io.eventmart.contracts.payment.PaymentStatus;
import java.util.Map;
import java.util.UUID;

/**
 * Every way the {@link Payment} aggregate says no, one class per rule, each with the stable code
 * clients switch on. Kept in one file so a reader sees all refusals of a payment at once.
 */
public final class PaymentRejections {

  private PaymentRejections() {}

  /** A payment of nothing (or less) is not a payment. */
  public static final class NonPositiveAmount extends DomainException {
    public static final String CODE = "payment.non-positive-amount";

    NonPositiveAmount(Money amount) {
      super(
          CODE,
          ErrorKind.REJECTED,
          "A payment must be for a positive amount, not " + amount,
          Map.of("amount", amount.amount().toPlainString(), "currency", amount.currency()));
    }
  }

  /** The payment id is taken by a request for another order or amount. */
  public static final class AlreadyRequested extends DomainException {
    public static final String CODE = "payment.already-requested";

    AlreadyRequested(UUID orderId, Money amount) {
      super(
          CODE,
          ErrorKind.CONFLICT,
          "This payment was already requested for order " + orderId + " over " + amount,
          Map.of(
              "orderId", orderId.toString(),
              "amount", amount.amount().toPlainString(),
              "currency", amount.currency()));
    }
  }

  /**
   * Only a pending payment takes an authorization or a decline. Refusing a late authorization of a
   * voided payment is what tells the gateway processor to void it at the gateway as well.
   */
  public static final class NotPending extends DomainException {
    public static final String CODE = "payment.not-pending";

    NotPending(PaymentStatus current, String action) {
      super(
          CODE,
          ErrorKind.CONFLICT,
          "A " + current + " payment cannot " + action + "; only a PENDING one can",
          Map.of("currentStatus", current.name()));
    }
  }

  /** Only an authorized payment can be captured. */
  public static final class NotAuthorized extends DomainException {
    public static final String CODE = "payment.not-authorized";

    NotAuthorized(PaymentStatus current) {
      super(
          CODE,
          ErrorKind.CONFLICT,
          "A " + current + " payment cannot be captured; only an AUTHORIZED one can",
          Map.of("currentStatus", current.name()));
    }
  }

  /** Only a payment still in progress (pending or authorized) can fail. */
  public static final class NotInProgress extends DomainException {
    public static final String CODE = "payment.not-in-progress";

    NotInProgress(PaymentStatus current) {
      super(
          CODE,
          ErrorKind.CONFLICT,
          "A " + current + " payment cannot fail any more; only a PENDING or AUTHORIZED one can",
          Map.of("currentStatus", current.name()));
    }
  }

  /** Only captured money can be refunded. */
  public static final class NotCaptured extends DomainException {
    public static final String CODE = "payment.not-captured";

    NotCaptured(PaymentStatus current) {
      super(
          CODE,
          ErrorKind.CONFLICT,
          "A "
              + current
              + " payment cannot be refunded; only a CAPTURED or PARTIALLY_REFUNDED one can",
          Map.of("currentStatus", current.name()));
    }
  }

  /** A refund of zero (or less) is a mistake in the request, not a refund. */
  public static final class NonPositiveRefund extends DomainException {
    public static final String CODE = "payment.non-positive-refund";

    NonPositiveRefund(Money requested) {
      super(
          CODE,
          ErrorKind.REJECTED,
          "A refund must be for a positive amount, not " + requested,
          Map.of("requested", requested.amount().toPlainString()));
    }
  }

  /** Money goes back in the currency it was paid in. */
  public static final class CurrencyMismatch extends DomainException {
    public static final String CODE = "payment.currency-mismatch";

    CurrencyMismatch(Money requested, String paymentCurrency) {
      super(
          CODE,
          ErrorKind.REJECTED,
          "The payment was made in " + paymentCurrency + ", not " + requested.currency(),
          Map.of("requestedCurrency", requested.currency(), "currency", paymentCurrency));
    }
  }

  /**
   * The refunds of a payment never add up to more than was captured, counting the refunds the
   * gateway is still paying out.
   */
  public static final class OverRefund extends DomainException {
    public static final String CODE = "payment.over-refund";

    OverRefund(Money requested, Money refundable) {
      super(
          CODE,
          ErrorKind.REJECTED,
          "Cannot refund " + requested + "; only " + refundable + " is left to refund",
          Map.of(
              "requested", requested.amount().toPlainString(),
              "refundable", refundable.amount().toPlainString(),
              "currency", refundable.currency()));
    }
  }

  /** "Refund the rest" when refunds already completed or under way leave no rest. */
  public static final class NothingLeftToRefund extends DomainException {
    public static final String CODE = "payment.nothing-left-to-refund";

    NothingLeftToRefund(Money refundable) {
      super(
          CODE,
          ErrorKind.REJECTED,
          "Everything captured is already refunded or being refunded",
          Map.of(
              "refundable", refundable.amount().toPlainString(),
              "currency", refundable.currency()));
    }
  }
}
