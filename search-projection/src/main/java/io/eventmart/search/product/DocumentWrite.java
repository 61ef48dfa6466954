package io.eventmart.search.product;

/**
 * A document to index with external versioning: Elasticsearch keeps it only if {@code version} is
 * higher than the one it holds, so a repeated or late write is refused instead of undoing a newer
 * one.
 *
 * @param document the product's document after the events of a batch
 * @param version the sequence number of the last of those events
 */
record DocumentWrite(ProductDocument document, long version) {}
