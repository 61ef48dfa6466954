package io.eventmart.order.saga;

import static io.eventmart.contracts.order.OrderLimits.MAX_REASON_LENGTH;

import java.util.List;

/**
 * Texts the saga puts into commands (a failure's detail, a release's reason), kept within the
 * length the commands accept: an order of a hundred lines must still fail with a valid command.
 */
final class FailureDetails {

  private static final String ELLIPSIS = "…";

  private FailureDetails() {}

  /** {@code lead} followed by the product names, e.g. "Not enough stock for Mug, Pen". */
  static String naming(String lead, List<String> productNames) {
    return fit(lead + String.join(", ", productNames));
  }

  static String fit(String text) {
    return text.length() <= MAX_REASON_LENGTH
        ? text
        : text.substring(0, MAX_REASON_LENGTH - ELLIPSIS.length()) + ELLIPSIS;
  }
}
