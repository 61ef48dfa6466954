package io.eventmart.audit.infrastructure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the audit ({@code eventmart.audit.*}). Every one has a default, so the module works
 * inside the platform without any configuration.
 *
 * @param batchSize how many events the audit log's processor copies per transaction
 * @param exportPageSize how many events an export reads from the log at a time (and so the most it
 *     holds in memory)
 */
@ConfigurationProperties("eventmart.audit")
public record AuditProperties(
    @DefaultValue("100") int batchSize, @DefaultValue("500") int exportPageSize) {

  public AuditProperties {
    if (batchSize < 1) {
      throw new IllegalArgumentException(
          "eventmart.audit.batch-size must be at least 1, not " + batchSize);
    }
    if (exportPageSize < 1) {
      throw new IllegalArgumentException(
          "eventmart.audit.export-page-size must be at least 1, not " + exportPageSize);
    }
  }
}
