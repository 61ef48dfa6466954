/**
 * Stock: the catalog and each product's stock levels as the {@code product.*} and {@code
 * inventory.*} integration events report them, and the list of products running low.
 */
package io.eventmart.analytics.stock;
