package io.eventmart.edge.shop;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CurrencyCodeTest {

  private final CurrencyCode.Validator validator = new CurrencyCode.Validator();

  @Test
  void acceptsKnownCurrenciesAndNoCurrencyAtAll() {
    assertThat(validator.isValid("EUR", null)).isTrue();
    assertThat(validator.isValid("USD", null)).isTrue();
    assertThat(validator.isValid(null, null)).isTrue();
  }

  @Test
  void refusesWhatIsNoIso4217Code() {
    assertThat(validator.isValid("ZZZ", null)).isFalse();
    assertThat(validator.isValid("eur", null)).isFalse();
    assertThat(validator.isValid("EURO", null)).isFalse();
    assertThat(validator.isValid("", null)).isFalse();
  }
}
