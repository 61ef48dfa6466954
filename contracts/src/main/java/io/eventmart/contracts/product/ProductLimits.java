package io.eventmart.contracts.product;

/** Size limits of product data, shared by the command validation and the read models. */
public final class ProductLimits {

  public static final int MAX_SKU_LENGTH = 64;
  public static final int MAX_NAME_LENGTH = 200;
  public static final int MAX_DESCRIPTION_LENGTH = 4000;
  public static final int MAX_CATEGORY_LENGTH = 100;
  public static final int MAX_REASON_LENGTH = 500;

  /** Default low-stock threshold when a product is registered without one. */
  public static final int DEFAULT_LOW_STOCK_THRESHOLD = 5;

  private ProductLimits() {}
}
