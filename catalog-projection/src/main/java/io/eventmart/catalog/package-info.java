/**
 * The catalog read model of EventMart: products with their stock, categories, orders, payments and
 * carts, projected from the domain events into PostgreSQL (schema {@code catalog}) through R2DBC,
 * and served to the edge through Axon queries and subscription queries.
 *
 * <p>One package per read model ({@code product}, {@code order}, {@code payment}, {@code cart}),
 * each with a projection (the event handlers that write) and its queries (the query handlers that
 * read); {@code readmodel} holds what they share, {@code infrastructure} the Spring wiring.
 */
package io.eventmart.catalog;
