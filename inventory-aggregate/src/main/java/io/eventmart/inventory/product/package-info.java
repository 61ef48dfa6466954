/**
 * The product aggregate: a catalog entry and its stock, decided in one place.
 *
 * <p>{@link io.eventmart.inventory.product.Product} handles every {@code ProductCommand}; each
 * business rule is a named method there, and each refusal a typed {@code DomainException} in this
 * package with a stable {@code product.*} code. {@link io.eventmart.inventory.product.SkuRegistry}
 * is the port for the one rule that spans all products (unique SKUs). Plain Java and Axon only: the
 * wiring and the JDBC adapter live in {@code io.eventmart.inventory.infrastructure}.
 */
package io.eventmart.inventory.product;
