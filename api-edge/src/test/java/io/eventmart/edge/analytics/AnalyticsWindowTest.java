package io.eventmart.edge.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventmart.contracts.analytics.BucketSize;
import io.eventmart.edge.web.ApiProblem;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AnalyticsWindowTest {

  private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

  @Test
  void coversTheLast24HoursByDefault() {
    assertThat(AnalyticsWindow.ending(null, null, NOW))
        .isEqualTo(new AnalyticsWindow(Instant.parse("2026-11-22T12:00:00Z"), NOW));
  }

  @Test
  void endsAtTheGivenToAndStarts24HoursBeforeIt() {
    Instant to = Instant.parse("2026-11-01T00:00:00Z");

    assertThat(AnalyticsWindow.ending(null, to, NOW))
        .isEqualTo(new AnalyticsWindow(Instant.parse("2026-10-31T00:00:00Z"), to));
  }

  @Test
  void runsFromTheGivenFromUntilNow() {
    Instant from = Instant.parse("2026-11-20T00:00:00Z");

    assertThat(AnalyticsWindow.ending(from, null, NOW)).isEqualTo(new AnalyticsWindow(from, NOW));
  }

  @Test
  void watchesTheLastAndTheNext24HoursWhenLive() {
    assertThat(AnalyticsWindow.live(null, null, NOW))
        .isEqualTo(
            new AnalyticsWindow(
                Instant.parse("2026-11-22T12:00:00Z"), Instant.parse("2026-11-24T12:00:00Z")));
  }

  @Test
  void refusesAWindowThatDoesNotStartBeforeItEnds() {
    assertThatThrownBy(() -> AnalyticsWindow.ending(NOW, NOW, NOW))
        .isInstanceOf(ApiProblem.class)
        .satisfies(
            failure -> assertThat(((ApiProblem) failure).problem().getStatus()).isEqualTo(400));
    assertThatThrownBy(() -> AnalyticsWindow.ending(NOW.plusSeconds(1), NOW, NOW))
        .isInstanceOf(ApiProblem.class);
  }

  @Test
  void refusesMoreBucketsThanTheAnalyticsModelAnswers() {
    AnalyticsWindow year = new AnalyticsWindow(Instant.parse("2025-11-23T12:00:00Z"), NOW);

    year.requireAtMostMaxBuckets(BucketSize.HOUR);
    year.requireAtMostMaxBuckets(BucketSize.DAY);
    assertThatThrownBy(() -> year.requireAtMostMaxBuckets(BucketSize.MINUTE))
        .isInstanceOf(ApiProblem.class)
        .hasMessageContaining("525600 buckets");
  }
}
