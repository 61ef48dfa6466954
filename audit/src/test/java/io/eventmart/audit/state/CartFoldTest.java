package io.eventmart.audit.state;

import static io.eventmart.audit.state.SampleEvents.CUSTOMER;
import static io.eventmart.audit.state.SampleEvents.KETTLE;
import static io.eventmart.audit.state.SampleEvents.MUG;
import static io.eventmart.audit.state.SampleEvents.ORDER;
import static io.eventmart.audit.state.SampleEvents.cartCheckedOut;
import static io.eventmart.audit.state.SampleEvents.cartCleared;
import static io.eventmart.audit.state.SampleEvents.cartItemAdded;
import static io.eventmart.audit.state.SampleEvents.cartItemQuantityChanged;
import static io.eventmart.audit.state.SampleEvents.cartItemRemoved;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventmart.contracts.audit.AuditedAggregateType;
import io.eventmart.contracts.audit.CartState;
import io.eventmart.contracts.audit.CartState.CartItemState;
import org.junit.jupiter.api.Test;

class CartFoldTest {

  private final Rebuild cart =
      Rebuild.of(
          AuditedAggregateType.CART,
          CUSTOMER,
          AggregateStream.of(
              cartItemAdded(KETTLE, 1, 1), // 0
              cartItemAdded(MUG, 1, 1), // 1
              cartItemAdded(KETTLE, 2, 3), // 2
              cartItemQuantityChanged(MUG, 2), // 3
              cartCheckedOut(), // 4
              cartItemAdded(MUG, 1, 1), // 5
              cartItemRemoved(MUG), // 6
              cartItemAdded(KETTLE, 1, 1), // 7
              cartCleared())); // 8

  @Test
  void keepsItsLinesInTheOrderTheirProductsWereFirstAdded() {
    CartState filled = cart.atVersion(3, CartState.class);

    assertThat(filled.cartId()).isEqualTo(CUSTOMER);
    assertThat(filled.items())
        .containsExactly(new CartItemState(KETTLE, 3), new CartItemState(MUG, 2));
    assertThat(filled.checkedOutOrders()).isEmpty();
  }

  @Test
  void isEmptyAfterTheCheckoutAndRemembersTheOrder() {
    CartState checkedOut = cart.atVersion(4, CartState.class);

    assertThat(checkedOut.items()).isEmpty();
    assertThat(checkedOut.checkedOutOrders()).containsExactly(ORDER);
  }

  @Test
  void dropsARemovedLine() {
    assertThat(cart.atVersion(5, CartState.class).items())
        .containsExactly(new CartItemState(MUG, 1));
    assertThat(cart.atVersion(6, CartState.class).items()).isEmpty();
  }

  @Test
  void isEmptyOnceCleared() {
    assertThat(cart.atVersion(7, CartState.class).items())
        .containsExactly(new CartItemState(KETTLE, 1));

    CartState cleared = cart.latest(CartState.class);
    assertThat(cleared.items()).isEmpty();
    assertThat(cleared.checkedOutOrders()).containsExactly(ORDER);
  }

  @Test
  void showsTheCartAsItWasAtAMoment() {
    CartState beforeCheckout = cart.at(AggregateStream.timeOf(4).minusSeconds(1), CartState.class);

    assertThat(beforeCheckout.items()).hasSize(2);
    assertThat(beforeCheckout.checkedOutOrders()).isEmpty();
  }
}
