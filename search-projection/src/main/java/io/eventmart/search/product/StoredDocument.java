package io.eventmart.search.product;

/**
 * A product document as the index holds it now.
 *
 * @param document its content
 * @param version the sequence number of the last product event applied to it
 */
record StoredDocument(ProductDocument document, long version) {}
