package io.eventmart.search.index;

import static io.eventmart.search.index.Requests.send;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch.indices.Alias;
import co.elastic.clients.elasticsearch.indices.get.Feature;
import co.elastic.clients.elasticsearch.indices.update_aliases.Action;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The product search index: versioned indexes behind two aliases.
 *
 * <ul>
 *   <li>The <b>search alias</b> ({@code <prefix>}, e.g. {@code products}) is what every query
 *       reads.
 *   <li>The <b>write alias</b> ({@code <prefix>-write}) is where the projection writes. Writes
 *       require it to be an alias, so a write can never auto-create an index with a guessed
 *       mapping.
 *   <li>Indexes are named {@code <prefix>-v<mapping version>-<creation time>}, e.g. {@code
 *       products-v1-20261101-120000-000}, and have the explicit mapping of {@code
 *       product-mapping.json}.
 * </ul>
 *
 * <p>A rebuild {@linkplain #startRebuild() starts} a fresh index behind the write alias only, so
 * the replay fills it while searches still read the complete old one; once the replay has caught
 * up, {@link #finishRebuild()} points the search alias at it in one atomic alias update and retires
 * the old index after a grace period (searches already running on it may finish).
 *
 * <p>Changes of the layout are serialised: a rebuild may be finished by two watchers at once.
 *
 * <p>Both aliases live in Elasticsearch, not in this JVM, so a restart in the middle of a rebuild
 * is visible ({@link IndexLayout#isRebuilding()}) and can be dealt with.
 */
public final class ProductIndex {

  /**
   * The version of {@code product-mapping.json}. Raise it with every change of the mapping: an
   * index of an older version is then rebuilt at startup.
   */
  public static final int MAPPING_VERSION = 1;

  private static final Logger log = LoggerFactory.getLogger(ProductIndex.class);
  private static final int NOT_FOUND = 404;
  private static final String MAPPING_RESOURCE = "product-mapping.json";
  private static final DateTimeFormatter CREATION_TIME =
      DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

  /** Searchable within a second: what a live index needs. */
  private static final Time LIVE_REFRESH = Time.of(t -> t.time("1s"));

  /** Nobody searches an index while it is rebuilt, so it skips refreshes and fills faster. */
  private static final Time REBUILD_REFRESH = Time.of(t -> t.time("-1"));

  /**
   * How the index is set up.
   *
   * @param prefix the search alias, and the start of every index name and of the write alias
   * @param shards primary shards of each index
   * @param replicas replicas of each shard
   * @param retiredIndexGrace how long a replaced index is kept for searches still running on it
   * @param clusterWait how long to wait for the cluster to accept writes before giving up a try
   */
  public record Options(
      String prefix, int shards, int replicas, Duration retiredIndexGrace, Duration clusterWait) {

    public Options {
      Objects.requireNonNull(prefix, "prefix");
      Objects.requireNonNull(retiredIndexGrace, "retiredIndexGrace");
      Objects.requireNonNull(clusterWait, "clusterWait");
    }
  }

  private final ElasticsearchClient client;
  private final Options options;
  private final Clock clock;
  private final ScheduledExecutorService retirements;

  /**
   * @param client a blocking client
   * @param options names and settings
   * @param clock when new indexes are created (their names carry it)
   * @param retirements where replaced indexes wait for their deletion
   */
  public ProductIndex(
      ElasticsearchClient client,
      Options options,
      Clock clock,
      ScheduledExecutorService retirements) {
    this.client = client;
    this.options = options;
    this.clock = clock;
    this.retirements = retirements;
  }

  /** The alias every query reads. */
  public String searchAlias() {
    return options.prefix();
  }

  /** The alias the projection writes to. */
  public String writeAlias() {
    return options.prefix() + "-write";
  }

  /** The product indexes (of any mapping version) and which of them the aliases point at. */
  public IndexLayout layout() {
    var indices =
        send(() ->
                client
                    .indices()
                    .get(
                        g ->
                            g.index(options.prefix() + "-v*")
                                .features(Feature.Aliases)
                                .allowNoIndices(true)))
            .result();
    String searchIndex = null;
    String writeIndex = null;
    for (var index : indices.entrySet()) {
      var aliases = index.getValue().aliases();
      if (aliases.containsKey(searchAlias())) {
        searchIndex = index.getKey();
      }
      if (aliases.containsKey(writeAlias())) {
        writeIndex = index.getKey();
      }
    }
    return new IndexLayout(searchIndex, writeIndex, indices.keySet());
  }

  /**
   * Makes the index usable: waits for the cluster, creates the first index behind both aliases if
   * there is none, and deletes indexes left over by an earlier rebuild.
   *
   * @return the layout found (or created), which says whether a rebuild was cut off
   */
  synchronized IndexLayout prepare() {
    awaitCluster();
    IndexLayout layout = layout();
    if (layout.searchIndex() == null && layout.writeIndex() == null) {
      String first = createIndex(layout, LIVE_REFRESH, List.of(searchAlias(), writeAlias()));
      log.info(
          "Created search index {} behind aliases {} and {}", first, searchAlias(), writeAlias());
    } else if (layout.searchIndex() == null) {
      // A rebuild began before anything was searchable: its index is the best there is.
      finishRebuild();
    } else if (layout.writeIndex() == null) {
      updateAliases(List.of(add(layout.searchIndex(), writeAlias())));
    }
    IndexLayout prepared = layout();
    prepared.orphans().forEach(this::delete);
    return prepared;
  }

  /** Whether the searched index was built with an older mapping than this code's. */
  boolean isOutdated(IndexLayout layout) {
    return !layout.searchesMapping(versionedPrefix());
  }

  /**
   * Starts a rebuild: a fresh, empty index takes over the write alias while searches keep reading
   * the current one. An unfinished earlier rebuild's index is dropped.
   */
  public synchronized void startRebuild() {
    IndexLayout layout = layout();
    String fresh = createIndex(layout, REBUILD_REFRESH, List.of());
    List<Action> actions = new ArrayList<>();
    if (layout.writeIndex() != null) {
      actions.add(remove(layout.writeIndex(), writeAlias()));
    }
    actions.add(add(fresh, writeAlias()));
    updateAliases(actions);
    log.info("Rebuilding the search index into {}; searches still read {}", fresh, searchAlias());
    if (layout.isRebuilding()) {
      delete(layout.writeIndex());
    }
  }

  /**
   * Finishes a rebuild whose replay has caught up: the rebuilt index becomes searchable and takes
   * over the search alias atomically; the old index is deleted after the grace period. Does nothing
   * when no rebuild is going on.
   */
  public synchronized void finishRebuild() {
    IndexLayout layout = layout();
    if (!layout.isRebuilding()) {
      return;
    }
    String rebuilt = layout.writeIndex();
    String replaced = layout.searchIndex();
    send(
        () ->
            client
                .indices()
                .putSettings(p -> p.index(rebuilt).settings(s -> s.refreshInterval(LIVE_REFRESH))));
    // Everything replayed must be visible the moment searches switch over.
    send(() -> client.indices().refresh(r -> r.index(rebuilt)));
    List<Action> swap = new ArrayList<>();
    if (replaced != null) {
      swap.add(remove(replaced, searchAlias()));
    }
    swap.add(add(rebuilt, searchAlias()));
    updateAliases(swap);
    log.info("Search alias {} now reads the rebuilt index {}", searchAlias(), rebuilt);
    if (replaced != null) {
      retire(replaced);
    }
  }

  private void awaitCluster() {
    var health =
        send(
            () ->
                client
                    .cluster()
                    .health(
                        h ->
                            h.waitForStatus(HealthStatus.Yellow)
                                .timeout(t -> t.time(options.clusterWait().toMillis() + "ms"))));
    if (health.timedOut()) {
      throw new IllegalStateException(
          "Elasticsearch cluster is " + health.status().jsonValue() + ", not ready for writes");
    }
  }

  /** Creates an index with the mapping, behind {@code aliases} from its first moment. */
  private String createIndex(IndexLayout existing, Time refreshInterval, List<String> aliases) {
    String name = newIndexName(existing);
    try (InputStream mapping = mapping()) {
      send(
          () ->
              client
                  .indices()
                  .create(
                      c ->
                          c.index(name)
                              .settings(
                                  s ->
                                      s.numberOfShards(String.valueOf(options.shards()))
                                          .numberOfReplicas(String.valueOf(options.replicas()))
                                          .refreshInterval(refreshInterval))
                              .mappings(m -> m.withJson(mapping))
                              .aliases(
                                  aliases.stream()
                                      .collect(
                                          Collectors.toMap(
                                              alias -> alias, alias -> Alias.of(a -> a))))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return name;
  }

  /** A name no index has yet: the creation time, moved on a millisecond if it is taken. */
  private String newIndexName(IndexLayout existing) {
    Instant created = clock.instant();
    String name = versionedPrefix() + CREATION_TIME.format(created);
    while (existing.indices().contains(name)) {
      created = created.plusMillis(1);
      name = versionedPrefix() + CREATION_TIME.format(created);
    }
    return name;
  }

  private String versionedPrefix() {
    return options.prefix() + "-v" + MAPPING_VERSION + "-";
  }

  private static InputStream mapping() {
    InputStream mapping = ProductIndex.class.getResourceAsStream(MAPPING_RESOURCE);
    if (mapping == null) {
      throw new IllegalStateException(MAPPING_RESOURCE + " is missing from the classpath");
    }
    return mapping;
  }

  private void updateAliases(List<Action> actions) {
    send(() -> client.indices().updateAliases(u -> u.actions(actions)));
  }

  private static Action add(String index, String alias) {
    return Action.of(a -> a.add(add -> add.index(index).alias(alias)));
  }

  private static Action remove(String index, String alias) {
    return Action.of(a -> a.remove(remove -> remove.index(index).alias(alias)));
  }

  private void retire(String index) {
    retirements.schedule(
        () -> {
          try {
            delete(index);
          } catch (RuntimeException e) {
            // Not lost: an index behind neither alias is deleted at the next startup.
            log.warn("Could not delete the replaced search index {}", index, e);
          }
        },
        options.retiredIndexGrace().toMillis(),
        TimeUnit.MILLISECONDS);
  }

  private void delete(String index) {
    try {
      send(() -> client.indices().delete(d -> d.index(index)));
      log.info("Deleted search index {}", index);
    } catch (ElasticsearchException e) {
      if (e.status() != NOT_FOUND) {
        throw e;
      }
    }
  }
}
