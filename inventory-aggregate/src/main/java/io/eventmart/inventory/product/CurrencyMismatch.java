package io.eventmart.inventory.product;

import io.eventmart.contracts.error.DomainException;
import io.eventmart.contracts.error.ErrorKind;
import java.util.Map;

/**
 * Refuses a new price in another currency than the product's: carts and orders add up the prices of
 * their lines, which only works in one currency.
 */
public final class CurrencyMismatch extends DomainException {

  public static final String CODE = "product.currency-mismatch";

  CurrencyMismatch(String productCurrency, String requestedCurrency) {
    super(
        CODE,
        ErrorKind.REJECTED,
        "The product is priced in " + productCurrency + ", not " + requestedCurrency,
        Map.of("productCurrency", productCurrency, "currency", requestedCurrency));
  }
}
