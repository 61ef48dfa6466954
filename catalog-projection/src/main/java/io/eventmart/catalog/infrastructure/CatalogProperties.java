package io.eventmart.catalog.infrastructure;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the catalog read model ({@code eventmart.catalog.*}). Every one has a default, so the
 * module works inside the platform without any configuration.
 *
 * @param segments how many parts the catalog's event processor splits the event stream into, each
 *     worked on in parallel (events of one aggregate always land in the same part, in order); only
 *     read when the processor starts for the very first time and creates its tokens
 * @param batchSize how many events the processor handles per transaction on its token
 * @param writeTimeout how long one event's write may take before the event counts as failed (and is
 *     tried again)
 */
@ConfigurationProperties("eventmart.catalog")
public record CatalogProperties(
    @DefaultValue("4") int segments,
    @DefaultValue("100") int batchSize,
    @DefaultValue("30s") Duration writeTimeout) {

  public CatalogProperties {
    if (segments < 1) {
      throw new IllegalArgumentException(
          "eventmart.catalog.segments must be at least 1, not " + segments);
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException(
          "eventmart.catalog.batch-size must be at least 1, not " + batchSize);
    }
    if (writeTimeout == null || writeTimeout.isNegative() || writeTimeout.isZero()) {
      throw new IllegalArgumentException(
          "eventmart.catalog.write-timeout must be positive, not " + writeTimeout);
    }
  }
}
