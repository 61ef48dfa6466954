package io.eventmart.audit.cli;

import java.util.Locale;

/** The aggregate views the audit API knows, as the command line accepts them. */
enum AggregateType {
  ORDER,
  CART,
  PRODUCT,
  INVENTORY,
  PAYMENT;

  /** The name in the API's paths, e.g. {@code inventory}. */
  String apiName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
