package io.eventmart.audit.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import tools.jackson.databind.JsonNode;

/** {@code projections}: how far every read model is (admins). */
@Command(
    name = "projections",
    description = "List the read models with their status, position and lag (ADMIN).")
final class ProjectionsCommand implements Callable<Integer> {

  static final String ROW = "%-12s %-10s %10s %8s  %s%n";

  @ParentCommand EventMartAudit cli;

  @Override
  public Integer call() {
    JsonNode projections = cli.edge().get("/api/admin/projections", Map.of());
    PrintWriter out = cli.out();
    out.printf(ROW, "NAME", "STATUS", "POSITION", "LAG", "REPLAY");
    for (JsonNode projection : projections) {
      out.printf(
          ROW,
          projection.path("name").asString(),
          projection.path("status").asString(),
          projection.path("position").asLong(),
          projection.path("lagEvents").asLong(),
          replay(projection));
    }
    return EventMartAudit.OK;
  }

  private static String replay(JsonNode projection) {
    if (!projection.path("replaying").asBoolean()) {
      return "-";
    }
    JsonNode progress = projection.path("replayProgress");
    return progress.isNumber() ? Math.round(progress.asDouble() * 100) + "%" : "replaying";
  }
}
