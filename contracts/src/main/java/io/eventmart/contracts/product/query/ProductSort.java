package io.eventmart.contracts.product.query;

/** Orders of the product list. */
public enum ProductSort {
  NAME,
  PRICE_ASC,
  PRICE_DESC,
  NEWEST
}
