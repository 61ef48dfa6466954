package io.eventmart.search.it;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;

/** A test's own look into Elasticsearch, past the application: documents, versions, indexes. */
public final class SearchIndexes implements AutoCloseable {

  private static final int ALL = 10_000;

  private final RestClientTransport transport;
  private final ElasticsearchClient client;

  public SearchIndexes(String url) {
    transport =
        new RestClientTransport(
            RestClient.builder(HttpHost.create(url)).build(), new JacksonJsonpMapper());
    client = new ElasticsearchClient(transport);
  }

  /** One stored document: its id, its version and its source exactly as indexed. */
  public record StoredHit(String id, long version, ObjectNode source) {}

  /** Every document behind {@code indexOrAlias}, by product id. */
  public List<StoredHit> documents(String indexOrAlias) {
    refresh(indexOrAlias);
    var response =
        call(
            () ->
                client.search(
                    s ->
                        s.index(indexOrAlias)
                            .size(ALL)
                            .version(true)
                            .sort(o -> o.field(f -> f.field("productId").order(SortOrder.Asc))),
                    ObjectNode.class));
    return response.hits().hits().stream().map(SearchIndexes::stored).toList();
  }

  /** A fingerprint of every document (ids, versions and sources) behind {@code indexOrAlias}. */
  public String checksum(String indexOrAlias) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      for (StoredHit hit : documents(indexOrAlias)) {
        String line = hit.id() + "|" + hit.version() + "|" + hit.source() + "\n";
        sha256.update(line.getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(sha256.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The document of one product, read in real time (no refresh needed). */
  public Optional<StoredHit> document(String indexOrAlias, String id) {
    var response = call(() -> client.get(g -> g.index(indexOrAlias).id(id), ObjectNode.class));
    return response.found()
        ? Optional.of(new StoredHit(id, response.version(), response.source()))
        : Optional.empty();
  }

  public TypeMapping mappingOf(String index) {
    return call(() -> client.indices().getMapping(m -> m.index(index))).get(index).mappings();
  }

  /** Every index whose name starts with {@code prefix}. */
  public Set<String> indicesStartingWith(String prefix) {
    return new TreeSet<>(
        call(() -> client.indices().get(g -> g.index(prefix + "*").allowNoIndices(true)))
            .result()
            .keySet());
  }

  public void refresh(String indexOrAlias) {
    call(() -> client.indices().refresh(r -> r.index(indexOrAlias)));
  }

  /** Creates an empty index with {@code mapping} behind both aliases of {@code prefix}. */
  public void createBehindAliases(String index, String prefix, TypeMapping mapping) {
    call(
        () ->
            client
                .indices()
                .create(
                    c ->
                        c.index(index)
                            .settings(s -> s.numberOfShards("1").numberOfReplicas("0"))
                            .mappings(mapping)
                            .aliases(prefix, a -> a)
                            .aliases(prefix + "-write", a -> a)));
  }

  public void delete(String index) {
    call(() -> client.indices().delete(d -> d.index(index)));
  }

  /** Removes every index of a test, so test runs do not pile them up. */
  public void deleteAllStartingWith(String prefix) {
    indicesStartingWith(prefix).forEach(this::delete);
  }

  @Override
  public void close() throws IOException {
    transport.close();
  }

  private static StoredHit stored(Hit<ObjectNode> hit) {
    return new StoredHit(hit.id(), hit.version(), hit.source());
  }

  private interface Call<T> {
    T send() throws IOException;
  }

  private static <T> T call(Call<T> call) {
    try {
      return call.send();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
