package io.eventmart.edge.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.eventmart.edge.infrastructure.EdgeProperties.Limit;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;

/**
 * Token buckets (Bucket4j) per key: a key may make {@code capacity} requests at once and gets them
 * back over {@code period}. Buckets of keys that stayed quiet are forgotten, so the memory is
 * bounded. Limits are per edge instance.
 */
public final class RateLimiter {

  /** The answer for one request: allowed, or refused with how long to wait. */
  public record Decision(boolean allowed, long retryAfterSeconds) {}

  private final Limit limit;
  private final Cache<String, Bucket> buckets;

  public RateLimiter(Limit limit) {
    this.limit = limit;
    this.buckets =
        Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterAccess(limit.period().multipliedBy(10).plus(Duration.ofMinutes(1)))
            .build();
  }

  public Decision tryConsume(String key) {
    Bucket bucket = buckets.get(key, k -> newBucket());
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    if (probe.isConsumed()) {
      return new Decision(true, 0);
    }
    long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
    return new Decision(false, seconds);
  }

  private Bucket newBucket() {
    return Bucket.builder()
        .addLimit(
            Bandwidth.builder()
                .capacity(limit.capacity())
                .refillGreedy(limit.capacity(), limit.period())
                .build())
        .build();
  }
}
