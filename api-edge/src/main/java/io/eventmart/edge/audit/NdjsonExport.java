package io.eventmart.edge.audit;

import io.eventmart.contracts.audit.LoggedEvent;
import io.eventmart.edge.audit.AuditResponses.AuditExportSummary;
import io.eventmart.edge.audit.AuditResponses.AuditLogEvent;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an export as NDJSON: one line per event, in the order the log streams them, then a summary
 * line {@code {"digest":"sha256:<hex>","count":N}} (see {@link ExportDigest}). Lines are written as
 * they arrive, so an export never sits in memory as a whole; an export that breaks off ends without
 * its summary line and can never pass as intact.
 */
final class NdjsonExport {

  private final JsonMapper json;

  NdjsonExport(JsonMapper json) {
    this.json = json;
  }

  /** The export's bytes, line by line; each subscription is an export of its own. */
  Flux<DataBuffer> render(Flux<LoggedEvent> events, DataBufferFactory buffers) {
    return Flux.defer(
        () -> {
          ExportDigest digest = new ExportDigest();
          return events
              .map(event -> digest.line(json.writeValueAsBytes(AuditLogEvent.of(event))))
              .concatWith(
                  Mono.fromSupplier(
                      () ->
                          ExportDigest.withLineFeed(
                              json.writeValueAsBytes(
                                  new AuditExportSummary(digest.digest(), digest.count())))))
              .map(buffers::wrap);
        });
  }
}
