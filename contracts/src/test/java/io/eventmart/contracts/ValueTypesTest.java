package io.eventmart.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventmart.contracts.common.Money;
import io.eventmart.contracts.common.PageRequest;
import io.eventmart.contracts.common.PaymentMethod;
import io.eventmart.contracts.order.OrderIds;
import io.eventmart.contracts.order.OrderLine;
import io.eventmart.contracts.payment.PaymentIds;
import io.eventmart.contracts.product.StockLevels;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ValueTypesTest {

  private static final UUID CUSTOMER = UUID.fromString("11111111-1111-4111-8111-111111111111");

  @Test
  void keepsMoneyAtTwoDecimalPlaces() {
    assertThat(Money.of("12.5", "EUR").amount()).isEqualTo(new BigDecimal("12.50"));
    assertThat(Money.of("12.50", "EUR")).isEqualTo(Money.of("12.5", "EUR"));
    assertThat(Money.of("3.10", "EUR")).hasToString("3.10 EUR");
  }

  @Test
  void refusesToRoundAPriceSilently() {
    assertThatThrownBy(() -> Money.of("9.999", "EUR"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("more than 2 decimal places");
  }

  @Test
  void refusesAnUnknownCurrency() {
    assertThatThrownBy(() -> Money.of("1.00", "XYZ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void addsAndComparesOnlyInOneCurrency() {
    assertThat(Money.of("1.10", "EUR").plus(Money.of("2.20", "EUR")))
        .isEqualTo(Money.of("3.30", "EUR"));
    assertThat(Money.of("5.00", "EUR").minus(Money.of("2.50", "EUR")))
        .isEqualTo(Money.of("2.50", "EUR"));
    assertThat(Money.of("2.00", "EUR").isGreaterThan(Money.of("1.99", "EUR"))).isTrue();
    assertThatThrownBy(() -> Money.of("1.00", "EUR").plus(Money.of("1.00", "USD")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void pricesAnOrderLine() {
    OrderLine line = new OrderLine(UUID.randomUUID(), "Mug", 3, Money.of("2.50", "EUR"));
    assertThat(line.lineTotal()).isEqualTo(Money.of("7.50", "EUR"));
  }

  @Test
  void neverShowsACardTokenInItsText() {
    assertThat(PaymentMethod.card("tok_visa").toString()).doesNotContain("tok_visa");
  }

  @Test
  void derivesTheSameOrderIdFromTheSameIdempotencyKey() {
    assertThat(OrderIds.forIdempotencyKey(CUSTOMER, "key-1"))
        .isEqualTo(OrderIds.forIdempotencyKey(CUSTOMER, "key-1"))
        .isNotEqualTo(OrderIds.forIdempotencyKey(CUSTOMER, "key-2"))
        .isNotEqualTo(OrderIds.forIdempotencyKey(UUID.randomUUID(), "key-1"));
  }

  @Test
  void derivesOnePaymentPerOrderAndOneCancellationRefundPerPayment() {
    UUID order = UUID.randomUUID();
    UUID payment = PaymentIds.forOrder(order);
    assertThat(PaymentIds.forOrder(order)).isEqualTo(payment).isNotEqualTo(order);
    assertThat(PaymentIds.cancellationRefund(payment))
        .isEqualTo(PaymentIds.cancellationRefund(payment))
        .isNotEqualTo(payment);
  }

  @Test
  void computesAvailabilityFromOnHandAndReserved() {
    assertThat(StockLevels.of(10, 4)).isEqualTo(new StockLevels(10, 4, 6));
  }

  @Test
  void boundsPagesToAHundredItems() {
    assertThat(new PageRequest(2, 20).offset()).isEqualTo(40);
    assertThatThrownBy(() -> new PageRequest(0, 101)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PageRequest(-1, 10)).isInstanceOf(IllegalArgumentException.class);
  }
}
