package io.eventmart.inventory.product;

import java.util.Locale;
import java.util.UUID;

/**
 * Every SKU any product has ever been registered with. SKU uniqueness is a rule over the whole
 * catalog, which no single {@link Product} can check from its own events, so registration asks this
 * port to claim the SKU.
 *
 * <p>A claim is part of the registration's unit of work: it is visible to other registrations only
 * once that unit of work commits, and it is gone if it rolls back. Claims are never given up, not
 * even when a product is discontinued, because a SKU identifies one product for good (orders,
 * invoices and the warehouse keep referring to it).
 */
public interface SkuRegistry {

  /**
   * Claims {@code sku} for {@code productId}, or finds that it is already taken. Two SKUs are the
   * same when their {@linkplain #normalise(String) normal forms} are.
   *
   * @return {@code true} when the SKU now belongs to {@code productId} (claimed now, or by this
   *     same product before, as when a registration is retried); {@code false} when another product
   *     holds it
   */
  boolean claim(String sku, UUID productId);

  /**
   * The form in which SKUs are compared: without surrounding whitespace and in upper case, so that
   * {@code " mug-001"} and {@code "MUG-001"} cannot name two products.
   */
  static String normalise(String sku) {
    return sku.trim().toUpperCase(Locale.ROOT);
  }
}
