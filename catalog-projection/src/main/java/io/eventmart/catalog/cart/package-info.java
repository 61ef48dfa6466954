/**
 * Customers' carts, priced at the products' current prices from the catalog's product table. Fed by
 * the cart aggregate's {@code CartEvent}s, which carry quantities only.
 */
package io.eventmart.catalog.cart;
