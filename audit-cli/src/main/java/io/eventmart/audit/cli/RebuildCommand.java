package io.eventmart.audit.cli;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code rebuild <name>}: rebuilds a read model from the event store (admins). */
@Command(
    name = "rebuild",
    description = "Rebuild a read model from the event store while the API keeps running (ADMIN).")
final class RebuildCommand implements Callable<Integer> {

  @ParentCommand EventMartAudit cli;

  @Parameters(index = "0", description = "The read model, as `projections` lists it")
  String name;

  @Override
  public Integer call() {
    cli.edge()
        .post(
            "/api/admin/projections/"
                + URLEncoder.encode(name, StandardCharsets.UTF_8)
                + "/replay");
    cli.out()
        .println(
            "Rebuilding " + name + "; follow its progress with `eventmart-audit projections`.");
    return EventMartAudit.OK;
  }
}
