package io.eventmart.analytics.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventmart.analytics.ingest.FailurePolicy.Kind;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class FailurePolicyTest {

  private final FailurePolicy policy =
      new FailurePolicy(3, Duration.ofMillis(100), Duration.ofSeconds(1));
  private final List<Throwable> retried = new ArrayList<>();

  @Test
  void callsWhatIsWrongWithTheMessageItselfPoison() {
    assertThat(FailurePolicy.classify(new PoisonMessageException("unknown event type x")))
        .isEqualTo(Kind.POISON);
    assertThat(FailurePolicy.classify(new DataIntegrityViolationException("value too long")))
        .isEqualTo(Kind.POISON);
  }

  @Test
  void callsAnUnreachableDatabaseOrBrokerInfrastructure() {
    assertThat(FailurePolicy.classify(new DataAccessResourceFailureException("connection refused")))
        .isEqualTo(Kind.INFRASTRUCTURE);
    assertThat(
            FailurePolicy.classify(
                new IllegalStateException(new R2dbcNonTransientResourceException("closed"))))
        .isEqualTo(Kind.INFRASTRUCTURE);
    assertThat(FailurePolicy.classify(new NotEnoughReplicasException("1 of 3")))
        .isEqualTo(Kind.INFRASTRUCTURE);
  }

  @Test
  void callsEverythingElseUnexpected() {
    assertThat(FailurePolicy.classify(new IllegalStateException("bug"))).isEqualTo(Kind.UNEXPECTED);
  }

  @Test
  void neverRetriesAPoisonMessage() {
    AtomicInteger attempts = new AtomicInteger();

    StepVerifier.create(
            Mono.defer(() -> fail(attempts, new PoisonMessageException("unknown event type x")))
                .retryWhen(policy.retries("record", retried::add)))
        .expectError(PoisonMessageException.class)
        .verify(Duration.ofSeconds(5));

    assertThat(attempts).hasValue(1);
    assertThat(retried).isEmpty();
  }

  @Test
  void triesAnUnexpectedFailureMaxAttemptsTimesThenGivesItUp() {
    AtomicInteger attempts = new AtomicInteger();

    StepVerifier.withVirtualTime(
            () ->
                Mono.defer(() -> fail(attempts, new IllegalStateException("bug")))
                    .retryWhen(policy.retries("record", retried::add)))
        .thenAwait(Duration.ofMinutes(1))
        .expectErrorMessage("bug")
        .verify(Duration.ofSeconds(5));

    assertThat(attempts).hasValue(3);
    assertThat(retried).hasSize(2);
  }

  @Test
  void waitsForTheInfrastructureForAsLongAsItTakes() {
    AtomicInteger attempts = new AtomicInteger();

    StepVerifier.withVirtualTime(
            () ->
                Mono.defer(
                        () ->
                            attempts.get() < 10
                                ? fail(attempts, new DataAccessResourceFailureException("down"))
                                : Mono.just("applied"))
                    .retryWhen(policy.retries("record", retried::add)))
        .thenAwait(Duration.ofMinutes(10))
        .expectNext("applied")
        .verifyComplete();

    assertThat(attempts).hasValue(10);
    assertThat(retried).hasSize(10);
  }

  @Test
  void doublesThePauseUpToTheLongest() {
    assertThat(policy.backoff(0)).isEqualTo(Duration.ofMillis(100));
    assertThat(policy.backoff(1)).isEqualTo(Duration.ofMillis(200));
    assertThat(policy.backoff(3)).isEqualTo(Duration.ofMillis(800));
    assertThat(policy.backoff(4)).isEqualTo(Duration.ofSeconds(1));
    assertThat(policy.backoff(100)).isEqualTo(Duration.ofSeconds(1));
  }

  private static Mono<String> fail(AtomicInteger attempts, RuntimeException failure) {
    attempts.incrementAndGet();
    return Mono.error(failure);
  }
}
