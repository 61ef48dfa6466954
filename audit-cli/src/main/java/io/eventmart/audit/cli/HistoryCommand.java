package io.eventmart.audit.cli;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code history <type> <id>}: an aggregate's full history, from the event store. */
@Command(
    name = "history",
    description = "Print an aggregate's full history (JSON), oldest event first.")
final class HistoryCommand implements Callable<Integer> {

  @ParentCommand EventMartAudit cli;

  @Parameters(index = "0", description = "order, cart, product, inventory or payment")
  AggregateType type;

  @Parameters(index = "1", description = "The aggregate's id")
  UUID id;

  @Override
  public Integer call() {
    cli.print(cli.edge().get("/api/audit/" + type.apiName() + "/" + id + "/events", Map.of()));
    return EventMartAudit.OK;
  }
}
