package io.eventmart.search.product;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The document changes of one batch of events, per product in the order the events came. They are
 * folded onto the documents the index holds, so a batch costs one read and one bulk write however
 * many events it carries.
 *
 * <p>Delivery is at least once, so a change whose sequence number the stored document has already
 * seen is skipped: replaying an event, or receiving it twice, changes nothing.
 */
final class PendingWrites {

  private static final Logger log = LoggerFactory.getLogger(PendingWrites.class);

  private record Pending(long sequence, DocumentChange change) {}

  private final Map<UUID, List<Pending>> byProduct = new LinkedHashMap<>();

  /** Adds the change that event {@code sequence} of product {@code productId} makes. */
  void add(UUID productId, long sequence, DocumentChange change) {
    byProduct
        .computeIfAbsent(productId, id -> new ArrayList<>())
        .add(new Pending(sequence, change));
  }

  boolean isEmpty() {
    return byProduct.isEmpty();
  }

  /** The products whose stored documents {@link #resolve} needs. */
  Set<UUID> productIds() {
    return byProduct.keySet();
  }

  /**
   * The writes that bring the stored documents up to date: one per product that any change
   * advanced, none for a product whose changes were all seen before.
   *
   * @param stored the documents the index holds now, by product id (absent: none yet)
   */
  List<DocumentWrite> resolve(Map<UUID, StoredDocument> stored) {
    List<DocumentWrite> writes = new ArrayList<>();
    byProduct.forEach(
        (productId, changes) -> {
          StoredDocument current = stored.get(productId);
          long seen = current == null ? -1 : current.version();
          Optional<ProductDocument> document =
              Optional.ofNullable(current).map(StoredDocument::document);
          long applied = seen;
          for (Pending pending : changes) {
            if (pending.sequence() > applied) {
              document = pending.change().applyTo(document);
              applied = pending.sequence();
            }
          }
          if (applied == seen) {
            return;
          }
          if (document.isEmpty()) {
            // Only possible if the index lost the document without a rebuild: nothing to update.
            log.warn(
                "Product {} changed (up to event {}) but has no search document; skipped",
                productId,
                applied);
            return;
          }
          writes.add(new DocumentWrite(document.get(), applied));
        });
    return writes;
  }
}
