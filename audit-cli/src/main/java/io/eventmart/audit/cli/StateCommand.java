package io.eventmart.audit.cli;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code state <type> <id> --at <time> | --version <n>}: an aggregate's state back then. */
@Command(
    name = "state",
    description = "Print an aggregate's state (JSON) as of a moment or a version.")
final class StateCommand implements Callable<Integer> {

  @ParentCommand EventMartAudit cli;

  @Parameters(index = "0", description = "order, cart, product, inventory or payment")
  AggregateType type;

  @Parameters(index = "1", description = "The aggregate's id")
  UUID id;

  @ArgGroup(multiplicity = "1")
  Point point;

  /** Exactly one of the two. */
  static final class Point {

    @Option(names = "--at", description = "An ISO-8601 time: the events at or before it")
    Instant at;

    @Option(names = "--version", description = "A sequence number: the events up to it")
    Long version;
  }

  @Override
  public Integer call() {
    Map<String, String> query =
        point.at != null
            ? Map.of("at", point.at.toString())
            : Map.of("version", point.version.toString());
    cli.print(cli.edge().get("/api/audit/" + type.apiName() + "/" + id + "/state", query));
    return EventMartAudit.OK;
  }
}
