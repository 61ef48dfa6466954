package io.eventmart.order.saga;

/**
 * One order line as the saga follows it: the product's name (for failure details a customer can
 * read) and where its stock stands.
 */
record LineReservation(String productName, ReservationState state) {

  static LineReservation awaitingAnswer(String productName) {
    return new LineReservation(productName, ReservationState.AWAITING_ANSWER);
  }

  LineReservation now(ReservationState newState) {
    return new LineReservation(productName, newState);
  }
}
