package io.eventmart.contracts.audit;

import java.util.Arrays;
import java.util.Optional;

/**
 * The aggregate views an auditor can read back, named as the audit API names them ({@code
 * /api/audit/{aggregateType}/…}). A product and its stock are one aggregate (ADR 8) seen through
 * two views: {@link #PRODUCT} shows its catalog events, {@link #INVENTORY} its stock events, both
 * with the aggregate's own sequence numbers.
 */
public enum AuditedAggregateType {
  ORDER("order"),
  CART("cart"),
  PRODUCT("product"),
  INVENTORY("inventory"),
  PAYMENT("payment");

  private final String apiName;

  AuditedAggregateType(String apiName) {
    this.apiName = apiName;
  }

  /** The name in the API's paths, exports and filters, e.g. {@code inventory}. */
  public String apiName() {
    return apiName;
  }

  /** The view named {@code apiName}, if there is one. */
  public static Optional<AuditedAggregateType> fromApiName(String apiName) {
    return Arrays.stream(values()).filter(type -> type.apiName.equals(apiName)).findFirst();
  }
}
