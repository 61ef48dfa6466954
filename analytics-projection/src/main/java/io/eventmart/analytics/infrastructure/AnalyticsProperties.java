package io.eventmart.analytics.infrastructure;

import java.time.Duration;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the analytics module ({@code eventmart.analytics.*}); every one has a default.
 *
 * @param groupId the consumer group; its committed offsets are where the model stands
 * @param deadLetterTopic where records that cannot be applied go (the topic prefix is added)
 * @param deadLetterRetention how long dead letters are kept for somebody to look at them
 * @param commitInterval how often acknowledged offsets are committed to Kafka (a crash can make
 *     Kafka deliver again what was applied in this interval, which then changes nothing)
 * @param maxAttempts how often a record that fails unexpectedly is tried before it is dead-lettered
 *     (a poison message is dead-lettered at once; an unreachable database is waited for)
 * @param retryBackoff the pause before the first retry; it doubles with each further one
 * @param maxRetryBackoff the longest pause between two retries
 * @param liveUpdateInterval at most one update of the live sales summaries per interval
 * @param brokerTimeout how long a request to the broker may take before it counts as failed
 */
@ConfigurationProperties("eventmart.analytics")
public record AnalyticsProperties(
    @DefaultValue("eventmart-analytics") String groupId,
    @DefaultValue("analytics-dead-letters") String deadLetterTopic,
    @DefaultValue("30d") Duration deadLetterRetention,
    @DefaultValue("1s") Duration commitInterval,
    @DefaultValue("3") int maxAttempts,
    @DefaultValue("200ms") Duration retryBackoff,
    @DefaultValue("30s") Duration maxRetryBackoff,
    @DefaultValue("1s") Duration liveUpdateInterval,
    @DefaultValue("15s") Duration brokerTimeout) {

  private static final Pattern LEGAL_NAME = Pattern.compile("[A-Za-z0-9._-]+");

  public AnalyticsProperties {
    if (groupId == null || !LEGAL_NAME.matcher(groupId).matches()) {
      throw new IllegalArgumentException(
          "eventmart.analytics.group-id must be letters, digits, '.', '_' or '-', not " + groupId);
    }
    if (deadLetterTopic == null || !LEGAL_NAME.matcher(deadLetterTopic).matches()) {
      throw new IllegalArgumentException(
          "eventmart.analytics.dead-letter-topic must be letters, digits, '.', '_' or '-', not "
              + deadLetterTopic);
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException(
          "eventmart.analytics.max-attempts must be at least 1, not " + maxAttempts);
    }
    requirePositive("commit-interval", commitInterval);
    requirePositive("retry-backoff", retryBackoff);
    requirePositive("live-update-interval", liveUpdateInterval);
    requirePositive("broker-timeout", brokerTimeout);
    requirePositive("dead-letter-retention", deadLetterRetention);
    if (maxRetryBackoff.compareTo(retryBackoff) < 0) {
      throw new IllegalArgumentException(
          "eventmart.analytics.max-retry-backoff must not be shorter than retry-backoff");
    }
  }

  private static void requirePositive(String name, Duration value) {
    if (value == null || value.isZero() || value.isNegative()) {
      throw new IllegalArgumentException("eventmart.analytics." + name + " must be positive");
    }
  }
}
