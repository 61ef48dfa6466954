package io.eventmart.audit.log;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventmart.contracts.audit.AuditQuery.FindCorrelatedEvents;
import io.eventmart.contracts.audit.AuditQuery.StreamAuditLog;
import io.eventmart.contracts.audit.LoggedEvent;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

class AuditLogQueriesTest {

  private static final StreamAuditLog EVERYTHING = new StreamAuditLog(null, null, null, null);
  private static final Duration PATIENCE = Duration.ofSeconds(5);

  private final InMemoryAuditLog log = new InMemoryAuditLog();
  private final AuditLogQueries queries = new AuditLogQueries(log, Schedulers.immediate(), 3);

  @Test
  void streamsEveryEventInGlobalOrderPageByPage() {
    for (long position = 1; position <= 7; position++) {
      log.log(position, "request-1");
    }

    StepVerifier.create(queries.handle(EVERYTHING).map(LoggedEvent::position))
        .expectNext(1L, 2L, 3L, 4L, 5L, 6L, 7L)
        .verifyComplete();
    assertThat(log.pagesRead).hasValue(3);
  }

  @Test
  void readsTheNextPageOnlyOnceTheConsumerTookThePageBefore() {
    for (long position = 1; position <= 10; position++) {
      log.log(position, "request-1");
    }

    StepVerifier.create(queries.handle(EVERYTHING).map(LoggedEvent::position), 0)
        .thenRequest(1)
        .expectNext(1L)
        .then(() -> assertThat(log.pagesRead).hasValue(1))
        .thenRequest(2)
        .expectNext(2L, 3L)
        .then(() -> assertThat(log.pagesRead).hasValue(2))
        .thenRequest(1)
        .expectNext(4L)
        .then(() -> assertThat(log.pagesRead).hasValue(2))
        .thenRequest(Long.MAX_VALUE)
        .expectNext(5L, 6L, 7L, 8L, 9L, 10L)
        .verifyComplete();
  }

  @Test
  void coversTheLogAsFarAsItReachedWhenTheExportStarted() {
    for (long position = 1; position <= 4; position++) {
      log.log(position, "request-1");
    }

    StepVerifier.create(queries.handle(EVERYTHING).map(LoggedEvent::position), 0)
        .thenRequest(1)
        .expectNext(1L)
        .then(() -> log.log(5, "request-2"))
        .thenRequest(Long.MAX_VALUE)
        .expectNext(2L, 3L, 4L)
        .expectComplete()
        .verify(PATIENCE);
  }

  @Test
  void endsAtOnceForAnEmptyLog() {
    StepVerifier.create(queries.handle(EVERYTHING)).verifyComplete();
    assertThat(log.pagesRead).hasValue(0);
  }

  @Test
  void endsAfterAFullLastPageWithOneEmptyRead() {
    for (long position = 1; position <= 6; position++) {
      log.log(position, "request-1");
    }

    StepVerifier.create(queries.handle(EVERYTHING)).expectNextCount(6).verifyComplete();
    assertThat(log.pagesRead).hasValue(3);
  }

  @Test
  void answersTheEventsOfOneCorrelation() {
    log.log(1, "request-1");
    log.log(2, "request-2");
    log.log(3, "request-1");

    assertThat(queries.handle(new FindCorrelatedEvents("request-1")).join())
        .extracting(LoggedEvent::position)
        .containsExactly(1L, 3L);
  }
}
