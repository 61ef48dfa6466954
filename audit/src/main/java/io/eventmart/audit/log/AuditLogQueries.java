package io.eventmart.audit.log;

import io.eventmart.contracts.audit.AuditQuery.FindCorrelatedEvents;
import io.eventmart.contracts.audit.AuditQuery.StreamAuditLog;
import io.eventmart.contracts.audit.LoggedEvent;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.axonframework.queryhandling.QueryHandler;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * Answers from the audit log: the story of a correlation, and exports streamed page by page.
 *
 * <p>An export reads the log in pages of {@code pageSize} events by position (keyset paging: each
 * page is a short query, no cursor or transaction is held open while a slow client reads). It reads
 * a page only once the consumer took every event of the page before, so it holds one page at a
 * time, however slow the consumer. It covers the log as far as it reached when the export started:
 * events copied while it runs belong to the next export.
 */
public class AuditLogQueries {

  private final AuditLog log;
  private final Scheduler blockingReads;
  private final int pageSize;

  /**
   * @param log the audit log
   * @param blockingReads where the log's blocking reads run
   * @param pageSize how many events an export reads at a time
   */
  public AuditLogQueries(AuditLog log, Scheduler blockingReads, int pageSize) {
    this.log = log;
    this.blockingReads = blockingReads;
    this.pageSize = pageSize;
  }

  @QueryHandler
  CompletableFuture<List<LoggedEvent>> handle(FindCorrelatedEvents query) {
    return Mono.fromCallable(() -> log.correlatedWith(query.correlationId()))
        .subscribeOn(blockingReads)
        .toFuture();
  }

  @QueryHandler
  Flux<LoggedEvent> handle(StreamAuditLog query) {
    return Flux.<List<LoggedEvent>, Cursor>generate(
            () -> Cursor.startingBefore(log.head().orElse(Cursor.NOTHING)),
            (cursor, pages) -> {
              List<LoggedEvent> page =
                  cursor.isDone()
                      ? List.of()
                      : log.page(query, cursor.after(), cursor.upTo(), pageSize);
              if (page.isEmpty()) {
                pages.complete();
                return cursor;
              }
              pages.next(page);
              return cursor.after(page.get(page.size() - 1).position(), page.size() < pageSize);
            })
        .flatMapIterable(page -> page, 1)
        // Every request for more runs on the blocking-reads workers, whoever asks (a Netty event
        // loop of the edge, on the platform): the page reads block.
        .subscribeOn(blockingReads, true);
  }

  /**
   * Where an export is: after which position it reads next, up to which position it reads at all,
   * and whether the last page was the last.
   */
  private record Cursor(long after, long upTo, boolean isDone) {

    /** Before the first position of any event stream. */
    static final long NOTHING = -1;

    static Cursor startingBefore(long head) {
      return new Cursor(NOTHING, head, head == NOTHING);
    }

    Cursor after(long position, boolean lastPage) {
      return new Cursor(position, upTo, lastPage);
    }
  }
}
