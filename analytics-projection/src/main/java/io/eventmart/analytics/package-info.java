/**
 * The analytics read model: integration events consumed from Kafka into PostgreSQL tables (schema
 * {@code analytics}), and the analytics queries answered from them.
 *
 * <ul>
 *   <li>{@code ingest}: the Kafka consumer, one database transaction per event with its dedupe
 *       record, offsets committed only after that, and dead letters for poison messages;
 *   <li>{@code sales}: orders, payments and refunds, the sales queries and their live updates;
 *   <li>{@code stock}: products and their stock, the low-stock list;
 *   <li>{@code operations}: the read model as a {@link io.eventmart.support.projection.Projection}
 *       that can be watched and rebuilt;
 *   <li>{@code infrastructure}: Spring wiring, settings, the analytics service's main class.
 * </ul>
 */
package io.eventmart.analytics;
