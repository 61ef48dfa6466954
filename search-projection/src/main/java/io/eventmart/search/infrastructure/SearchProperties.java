package io.eventmart.search.infrastructure;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the search module ({@code eventmart.search.*}). Every setting has a default, so the
 * module runs inside the platform without any configuration.
 *
 * @param url where Elasticsearch answers
 * @param username the user to authenticate as (basic authentication), if the cluster is secured
 * @param password that user's password
 * @param batchSize how many events the search processor handles per batch, and so at most how many
 *     documents one bulk request carries; larger batches make a replay faster
 * @param index names and settings of the product indexes
 * @param startup how long to wait for Elasticsearch, and how often to try again
 */
@ConfigurationProperties("eventmart.search")
public record SearchProperties(
    @DefaultValue("http://127.0.0.1:59200") URI url,
    String username,
    String password,
    @DefaultValue("100") int batchSize,
    @DefaultValue Index index,
    @DefaultValue Startup startup) {

  public SearchProperties {
    Objects.requireNonNull(url, "eventmart.search.url");
    if (batchSize < 1) {
      throw new IllegalArgumentException(
          "eventmart.search.batch-size must be at least 1, not " + batchSize);
    }
    if ((username == null) != (password == null)) {
      throw new IllegalArgumentException(
          "eventmart.search.username and eventmart.search.password go together");
    }
  }

  /** Whether requests authenticate. */
  public boolean hasCredentials() {
    return username != null;
  }

  /**
   * @param prefix the alias searches read; index names and the write alias start with it
   * @param shards primary shards per index
   * @param replicas replicas per shard (0 on a single-node cluster)
   * @param retiredIndexGrace how long an index replaced by a rebuild is kept, so searches running
   *     on it when the alias switched can finish
   */
  public record Index(
      @DefaultValue("products") String prefix,
      @DefaultValue("1") int shards,
      @DefaultValue("0") int replicas,
      @DefaultValue("5s") Duration retiredIndexGrace) {

    /** What Elasticsearch accepts as (the start of) an index name, keeping it simple. */
    private static final Pattern INDEX_NAME = Pattern.compile("[a-z0-9][a-z0-9_.-]*");

    public Index {
      if (prefix == null || !INDEX_NAME.matcher(prefix).matches()) {
        throw new IllegalArgumentException(
            "eventmart.search.index.prefix must be lower-case letters, digits, '-', '_' or '.',"
                + " not '"
                + prefix
                + "'");
      }
      if (shards < 1 || replicas < 0) {
        throw new IllegalArgumentException(
            "eventmart.search.index needs at least 1 shard and no negative replicas");
      }
    }
  }

  /**
   * @param clusterWait how long one attempt waits for the cluster to accept writes
   * @param firstRetryPause the pause after a failed attempt; it doubles with every further one
   * @param longestRetryPause the ceiling of those pauses
   */
  public record Startup(
      @DefaultValue("5s") Duration clusterWait,
      @DefaultValue("1s") Duration firstRetryPause,
      @DefaultValue("30s") Duration longestRetryPause) {}
}
