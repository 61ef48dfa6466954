package io.eventmart.audit.cli;

import io.eventmart.audit.cli.ExportVerifier.Verification;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code export --from <time> --to <time> [--type <name>] --out <file>}: the audit log of a time
 * window, streamed to a file and checked as soon as it is complete.
 */
@Command(
    name = "export",
    description = {
      "Export the events of [from, to) as NDJSON to a file, then check its digest.",
      "The last line is {\"digest\":\"sha256:<hex>\",\"count\":N}."
    })
final class ExportCommand implements Callable<Integer> {

  @ParentCommand EventMartAudit cli;

  @Option(names = "--from", required = true, description = "ISO-8601: events at or after it")
  Instant from;

  @Option(names = "--to", required = true, description = "ISO-8601: events before it")
  Instant to;

  @Option(names = "--type", description = "Only events of this name, e.g. OrderPlaced")
  String type;

  @Option(
      names = "--aggregate-type",
      description = "Only events of order, cart, product, inventory or payment")
  AggregateType aggregateType;

  @Option(names = "--out", required = true, description = "The file to write")
  Path out;

  @Override
  public Integer call() throws IOException {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("from", from.toString());
    query.put("to", to.toString());
    if (type != null) {
      query.put("type", type);
    }
    if (aggregateType != null) {
      query.put("aggregateType", aggregateType.apiName());
    }
    cli.edge().download("/api/audit/events", query, out);
    Verification verification = new ExportVerifier(cli.json()).verify(out);
    if (!verification.intact()) {
      cli.out().println("Exported to " + out + ", but " + verification.problem());
      return EventMartAudit.TAMPERED;
    }
    cli.out()
        .println(
            "Exported "
                + verification.eventLines()
                + " events to "
                + out
                + " ("
                + verification.digest()
                + ")");
    return EventMartAudit.OK;
  }
}
