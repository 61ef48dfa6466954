package io.eventmart.contracts.product;

/** Whether a product can still be ordered. A discontinued product keeps its history. */
public enum ProductStatus {
  ACTIVE,
  DISCONTINUED
}
