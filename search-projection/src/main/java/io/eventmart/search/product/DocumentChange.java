package io.eventmart.search.product;

import java.util.Optional;

/** What one product event does to the product's search document. */
@FunctionalInterface
interface DocumentChange {

  /**
   * The document after the event, given the one before it (empty before the product's
   * registration); empty when the event cannot apply without one.
   */
  Optional<ProductDocument> applyTo(Optional<ProductDocument> before);
}
