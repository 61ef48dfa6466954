package io.eventmart.support.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.eventmart.contracts.projection.ProjectionStatus;
import io.eventmart.support.MutableClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ProjectionMetricsTest {

  private static final Duration INTERVAL = Duration.ofSeconds(5);

  private final MutableClock clock = new MutableClock();
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final ScriptedProjection catalog = new ScriptedProjection("catalog");
  private final ScriptedProjection search = new ScriptedProjection("search");
  private final ProjectionMetrics metrics =
      new ProjectionMetrics(() -> List.of(catalog, search), INTERVAL, clock);

  /** A projection whose status the test decides, counting how often it was asked for it. */
  private static final class ScriptedProjection implements Projection {

    private final String name;
    private final AtomicInteger asked = new AtomicInteger();
    private final CountDownLatch answers = new CountDownLatch(1);
    private volatile ProjectionStatus status;
    private volatile boolean hangs;

    ScriptedProjection(String name) {
      this.name = name;
      this.status = running(0, 0);
    }

    ProjectionStatus running(long position, long lag) {
      return new ProjectionStatus(name, "RUNNING", position, lag, false, null);
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public ProjectionStatus status() {
      asked.incrementAndGet();
      if (hangs) {
        try {
          answers.await(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      if (status == null) {
        throw new IllegalStateException("Kafka did not answer in 15s");
      }
      return status;
    }

    @Override
    public void replay() {
      throw new UnsupportedOperationException("not rebuilt in these tests");
    }
  }

  @AfterEach
  void stopSampling() {
    metrics.stop();
    search.answers.countDown();
  }

  private double gauge(String name, String projection) {
    return registry.get(name).tag("projection", projection).gauge().value();
  }

  private double state(String projection, String state) {
    return registry
        .get(ProjectionMetrics.STATE)
        .tag("projection", projection)
        .tag("state", state)
        .gauge()
        .value();
  }

  @Test
  void showsLagPositionAndStateOfTheLatestStatus() {
    metrics.bindTo(registry);
    catalog.status = catalog.running(120, 7);

    metrics.sample(catalog);

    assertThat(gauge(ProjectionMetrics.LAG, "catalog")).isEqualTo(7);
    assertThat(gauge(ProjectionMetrics.POSITION, "catalog")).isEqualTo(120);
    assertThat(state("catalog", "running")).isEqualTo(1);
    assertThat(ProjectionMetrics.STATES)
        .filteredOn(other -> !other.equals("running"))
        .allSatisfy(other -> assertThat(state("catalog", other)).isZero());
  }

  @Test
  void showsAProjectionBeingRebuiltAsReplaying() {
    metrics.bindTo(registry);
    search.status = new ProjectionStatus("search", "REPLAYING", 40, 60, true, 0.4);

    metrics.sample(search);

    assertThat(state("search", "replaying")).isEqualTo(1);
    assertThat(state("search", "running")).isZero();
    assertThat(gauge(ProjectionMetrics.LAG, "search")).isEqualTo(60);
  }

  @Test
  void neverAsksAProjectionForItsStatusWhenScraped() {
    metrics.bindTo(registry);
    metrics.sample(catalog);

    for (int scrape = 0; scrape < 3; scrape++) {
      gauge(ProjectionMetrics.LAG, "catalog");
      state("catalog", "running");
    }

    assertThat(catalog.asked.get()).isEqualTo(1);
  }

  @Test
  void knowsNothingOfAProjectionNotSampledYet() {
    metrics.bindTo(registry);

    assertThat(gauge(ProjectionMetrics.LAG, "catalog")).isNaN();
    assertThat(gauge(ProjectionMetrics.POSITION, "catalog")).isNaN();
    assertThat(state("catalog", "unknown")).isEqualTo(1);
  }

  @Test
  void reportsAProjectionWhoseStatusCannotBeReadAsUnknownNotAsCaughtUp() {
    metrics.bindTo(registry);
    metrics.sample(catalog);
    catalog.status = null;

    metrics.sample(catalog);

    assertThat(gauge(ProjectionMetrics.LAG, "catalog")).isNaN();
    assertThat(state("catalog", "unknown")).isEqualTo(1);
    assertThat(state("catalog", "running")).isZero();
  }

  @Test
  void forgetsAStatusOlderThanThreeSamplingIntervals() {
    metrics.bindTo(registry);
    catalog.status = catalog.running(10, 2);
    metrics.sample(catalog);

    clock.advance(INTERVAL.multipliedBy(3).minusMillis(1));
    assertThat(gauge(ProjectionMetrics.LAG, "catalog")).isEqualTo(2);

    clock.advance(Duration.ofMillis(1));
    assertThat(gauge(ProjectionMetrics.LAG, "catalog")).isNaN();
    assertThat(state("catalog", "unknown")).isEqualTo(1);
  }

  @Test
  void countsAStateItDoesNotKnowAsUnknown() {
    metrics.bindTo(registry);
    catalog.status = new ProjectionStatus("catalog", "PAUSED", 10, 0, false, null);

    metrics.sample(catalog);

    assertThat(state("catalog", "unknown")).isEqualTo(1);
    assertThat(gauge(ProjectionMetrics.LAG, "catalog")).isZero();
  }

  @Test
  void samplesEveryProjectionOnItsOwnSoOneThatHangsHoldsUpNoOther() {
    var sampled =
        new ProjectionMetrics(
            () -> List.of(catalog, search), Duration.ofMillis(50), Clock.systemUTC());
    sampled.bindTo(registry);
    search.hangs = true;

    sampled.start();
    try {
      assertThat(sampled.isRunning()).isTrue();
      await()
          .atMost(Duration.ofSeconds(5))
          .until(() -> catalog.asked.get() >= 3 && gauge(ProjectionMetrics.LAG, "catalog") == 0);
      assertThat(search.asked.get()).isEqualTo(1);
      assertThat(gauge(ProjectionMetrics.LAG, "search")).isNaN();
    } finally {
      sampled.stop();
    }
    assertThat(sampled.isRunning()).isFalse();
  }
}
