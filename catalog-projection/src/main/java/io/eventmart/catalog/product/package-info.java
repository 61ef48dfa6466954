/**
 * Products with their stock: the product list with its filters and sorts, categories, a product's
 * inventory, and the stock subscription query. Fed by the product aggregate's {@code ProductEvent}s
 * and {@code StockEvent}s, which share one sequence per product.
 */
package io.eventmart.catalog.product;
