package io.eventmart.audit.cli;

import java.io.PrintWriter;
import java.net.URI;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code eventmart-audit}: the auditors' command line. It asks the EventMart HTTP edge for
 * histories, states as of any moment, correlation stories and exports, checks exports offline, and
 * lets admins watch and rebuild the read models.
 *
 * <p>Exit codes: 0 done (an export is intact); 1 an export is tampered or incomplete; 2 the command
 * line is wrong; 3 the edge refused the request or could not be reached.
 */
@Command(
    name = "eventmart-audit",
    description = "Audit EventMart through its HTTP API: histories, states, correlations, exports.",
    subcommands = {
      HistoryCommand.class,
      StateCommand.class,
      CorrelationCommand.class,
      ExportCommand.class,
      VerifyCommand.class,
      ProjectionsCommand.class,
      RebuildCommand.class
    },
    synopsisSubcommandLabel = "COMMAND",
    footer = {
      "",
      "Exit codes: 0 done (export intact), 1 export tampered or incomplete,",
      "2 wrong command line, 3 the edge refused or could not be reached."
    })
public final class EventMartAudit {

  public static final int OK = 0;
  public static final int TAMPERED = 1;
  public static final int USAGE = 2;
  public static final int REFUSED = 3;

  @Spec CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help.")
  boolean help;

  @Option(
      names = "--url",
      defaultValue = "${EVENTMART_URL:-http://localhost:8080}",
      description = "The EventMart API (default: ${DEFAULT-VALUE}; env EVENTMART_URL).")
  URI url;

  @Option(
      names = "--token",
      defaultValue = "${EVENTMART_TOKEN}",
      description = "A bearer token (default: env EVENTMART_TOKEN).")
  String token;

  @Option(names = "--email", description = "Log in with this account instead of a token.")
  String email;

  @Option(
      names = "--password",
      arity = "0..1",
      interactive = true,
      description = "The account's password (asked for when given without a value).")
  char[] password;

  private final JsonMapper json = JsonMapper.builder().build();
  private String loggedInToken;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /**
   * Runs the tool with {@code args}, printing to {@code out} and {@code err}; answers the exit
   * code. This is what {@link #main} does, without ending the JVM.
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine = commandLine();
    commandLine.setOut(out);
    commandLine.setErr(err);
    try {
      return commandLine.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  private static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new EventMartAudit());
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setExecutionExceptionHandler(
        (failure, failed, parseResult) -> {
          if (failure instanceof EdgeException refused) {
            failed.getErr().println("eventmart-audit: " + refused.getMessage());
            return REFUSED;
          }
          if (failure instanceof CommandLine.ParameterException wrong) {
            failed.getErr().println("eventmart-audit: " + wrong.getMessage());
            return USAGE;
          }
          throw failure;
        });
    return commandLine;
  }

  /** The edge, with the caller's token (logging in first when given e-mail and password). */
  EdgeClient edge() {
    return new EdgeClient(url, json, this::bearerToken);
  }

  JsonMapper json() {
    return json;
  }

  /** Prints an answer of the edge, indented for people. */
  void print(JsonNode answer) {
    out().println(json.writerWithDefaultPrettyPrinter().writeValueAsString(answer));
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  private synchronized String bearerToken() {
    if (token != null && !token.isBlank()) {
      return token;
    }
    if (loggedInToken == null) {
      if (email == null || password == null) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "give --token (or EVENTMART_TOKEN), or --email and --password");
      }
      loggedInToken = EdgeClient.login(url, json, email, new String(password));
    }
    return loggedInToken;
  }
}
