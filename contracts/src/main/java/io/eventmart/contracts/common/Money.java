package io.eventmart.contracts.common;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in one ISO 4217 currency, always with two decimal places.
 *
 * <p>Never a floating point number: amounts are {@link BigDecimal}s whose scale is fixed at {@value
 * #SCALE}. An amount with more decimals is rejected rather than silently rounded, because a price
 * of 9.999 is a mistake somebody should hear about.
 */
public record Money(
    @NotNull BigDecimal amount, @NotNull @Pattern(regexp = "[A-Z]{3}") String currency)
    implements Comparable<Money> {

  /** Decimal places of every amount. */
  public static final int SCALE = 2;

  /** The currency used when a request names none. */
  public static final String DEFAULT_CURRENCY = "EUR";

  public Money {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    if (amount.stripTrailingZeros().scale() > SCALE) {
      throw new IllegalArgumentException(
          "amount " + amount.toPlainString() + " has more than " + SCALE + " decimal places");
    }
    amount = amount.setScale(SCALE, RoundingMode.UNNECESSARY);
    try {
      Currency.getInstance(currency);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown ISO 4217 currency '" + currency + "'", e);
    }
  }

  public static Money of(String amount, String currency) {
    return new Money(new BigDecimal(amount), currency);
  }

  public static Money zero(String currency) {
    return new Money(BigDecimal.ZERO, currency);
  }

  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.add(other.amount), currency);
  }

  public Money minus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.subtract(other.amount), currency);
  }

  public Money times(int factor) {
    return new Money(amount.multiply(BigDecimal.valueOf(factor)), currency);
  }

  public boolean isPositive() {
    return amount.signum() > 0;
  }

  public boolean isZero() {
    return amount.signum() == 0;
  }

  public boolean isGreaterThan(Money other) {
    return compareTo(other) > 0;
  }

  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return amount.compareTo(other.amount);
  }

  private void requireSameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException(
          "cannot combine " + currency + " with " + other.currency + " amounts");
    }
  }

  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency;
  }
}
