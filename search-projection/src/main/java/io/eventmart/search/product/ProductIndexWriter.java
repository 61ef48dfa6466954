package io.eventmart.search.product;

import static io.eventmart.search.index.Requests.send;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import io.eventmart.search.index.ProductIndex;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a batch of document changes to the index behind the write alias: one multi-get for the
 * documents the batch touches, one bulk request for their new versions.
 *
 * <p>Every document is indexed with external versioning by the product's event sequence number. A
 * write Elasticsearch refuses as a version conflict carries events the document has already seen (a
 * duplicate delivery racing an earlier one) and is ignored; any other refusal fails the batch, so
 * the event processor retries it, which is safe for the same reason.
 */
public final class ProductIndexWriter {

  /** Bulk requests sent. */
  public static final String BULK_REQUESTS = "eventmart.search.bulk.requests";

  /** Documents written. */
  public static final String DOCUMENTS_WRITTEN = "eventmart.search.documents.written";

  /** Writes refused because the index already held that version or a newer one. */
  public static final String STALE_WRITES = "eventmart.search.documents.stale";

  private static final Logger log = LoggerFactory.getLogger(ProductIndexWriter.class);
  private static final int CONFLICT = 409;
  private static final int MAX_REPORTED_FAILURES = 5;

  private final ElasticsearchClient client;
  private final ProductIndex index;
  private final Counter bulkRequests;
  private final Counter documentsWritten;
  private final Counter staleWrites;

  public ProductIndexWriter(ElasticsearchClient client, ProductIndex index, MeterRegistry meters) {
    this.client = client;
    this.index = index;
    this.bulkRequests =
        Counter.builder(BULK_REQUESTS)
            .description("Bulk requests sent to the product search index")
            .register(meters);
    this.documentsWritten =
        Counter.builder(DOCUMENTS_WRITTEN)
            .description("Product documents written to the search index")
            .register(meters);
    this.staleWrites =
        Counter.builder(STALE_WRITES)
            .description("Product document writes ignored because the index had them already")
            .register(meters);
  }

  /** Brings the documents of a batch up to date; returns when Elasticsearch has them. */
  void write(PendingWrites pending) {
    if (pending.isEmpty()) {
      return;
    }
    index(pending.resolve(stored(pending.productIds())));
  }

  /** The documents the write index holds for these products, with their versions. */
  Map<UUID, StoredDocument> stored(Set<UUID> productIds) {
    List<String> ids = productIds.stream().map(UUID::toString).toList();
    var response =
        send(
            () ->
                client.mget(
                    m -> m.index(index.writeAlias()).ids(ids).sourceExcludes("suggest"),
                    ProductDocument.class));
    Map<UUID, StoredDocument> stored = new HashMap<>();
    for (var item : response.docs()) {
      if (item.isFailure()) {
        throw new IllegalStateException(
            "Reading search document "
                + item.failure().id()
                + " failed: "
                + item.failure().error().reason());
      }
      var result = item.result();
      if (result.found()) {
        stored.put(
            UUID.fromString(result.id()), new StoredDocument(result.source(), result.version()));
      }
    }
    return stored;
  }

  /** Indexes the documents in one bulk request, each only if its version is newer. */
  void index(List<DocumentWrite> writes) {
    if (writes.isEmpty()) {
      return;
    }
    List<BulkOperation> operations = writes.stream().map(ProductIndexWriter::operation).toList();
    var response =
        send(
            () ->
                client.bulk(
                    b -> b.index(index.writeAlias()).requireAlias(true).operations(operations)));
    bulkRequests.increment();
    List<BulkResponseItem> refused =
        response.items().stream().filter(item -> item.error() != null).toList();
    List<BulkResponseItem> stale =
        refused.stream().filter(item -> item.status() == CONFLICT).toList();
    List<BulkResponseItem> failed =
        refused.stream().filter(item -> item.status() != CONFLICT).toList();
    documentsWritten.increment(writes.size() - refused.size());
    if (!stale.isEmpty()) {
      staleWrites.increment(stale.size());
      log.debug("Ignored {} search documents the index already had in that version", stale.size());
    }
    if (!failed.isEmpty()) {
      throw new IllegalStateException(
          failed.size()
              + " of "
              + writes.size()
              + " search documents were not written: "
              + failed.stream()
                  .limit(MAX_REPORTED_FAILURES)
                  .map(item -> item.id() + " " + item.status() + " " + item.error().reason())
                  .toList());
    }
  }

  private static BulkOperation operation(DocumentWrite write) {
    return BulkOperation.of(
        o ->
            o.index(
                i ->
                    i.id(write.document().productId().toString())
                        .document(write.document())
                        .version(write.version())
                        .versionType(VersionType.External)));
  }
}
