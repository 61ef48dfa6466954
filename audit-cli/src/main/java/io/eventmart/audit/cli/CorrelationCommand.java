package io.eventmart.audit.cli;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code correlation <id>}: every event one request caused, across aggregates. */
@Command(
    name = "correlation",
    description = "Print every event one request caused (JSON), in global order.")
final class CorrelationCommand implements Callable<Integer> {

  @ParentCommand EventMartAudit cli;

  @Parameters(index = "0", description = "The request's correlation id (X-Correlation-Id)")
  String correlationId;

  @Override
  public Integer call() {
    String id = URLEncoder.encode(correlationId, StandardCharsets.UTF_8);
    cli.print(cli.edge().get("/api/audit/correlations/" + id, Map.of()));
    return EventMartAudit.OK;
  }
}
