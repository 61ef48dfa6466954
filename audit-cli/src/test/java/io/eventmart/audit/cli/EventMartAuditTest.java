package io.eventmart.audit.cli;

import static io.eventmart.audit.cli.Exports.event;
import static io.eventmart.audit.cli.Exports.sealed;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line against a stand-in of the edge: what it asks, what it prints, how it exits. */
class EventMartAuditTest {

  private static final UUID ORDER = UUID.fromString("6f1c4b2a-1d9e-4c53-9b7a-2d1e0f3c4b5a");
  private static final String HISTORY = "/api/audit/order/" + ORDER + "/events";

  @TempDir Path files;

  private StandInEdge edge;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void startEdge() throws IOException {
    edge = new StandInEdge();
  }

  @AfterEach
  void stopEdge() {
    edge.close();
  }

  @Test
  void logsInWithEMailAndPasswordAndCallsWithTheToken() {
    edge.answerJson(
            "POST", "/api/auth/login", "{\"accessToken\":\"token-1\",\"tokenType\":\"Bearer\"}")
        .answerJson("GET", HISTORY, "[{\"sequence\":0,\"type\":\"OrderPlaced\"}]");

    int exit =
        run(
            "--email",
            "auditor@example.com",
            "--password",
            "correct horse",
            "history",
            "order",
            ORDER.toString());

    assertThat(exit).isZero();
    assertThat(edge.last("/api/auth/login").body())
        .contains("\"email\":\"auditor@example.com\"")
        .contains("\"password\":\"correct horse\"");
    assertThat(edge.last(HISTORY).authorization()).isEqualTo("Bearer token-1");
    assertThat(out.toString()).contains("\"type\" : \"OrderPlaced\"");
  }

  @Test
  void callsWithAGivenTokenWithoutLoggingIn() {
    edge.answerJson("GET", HISTORY, "[]");

    assertThat(run("--token", "token-2", "history", "ORDER", ORDER.toString())).isZero();

    assertThat(edge.requests).hasSize(1);
    assertThat(edge.last(HISTORY).authorization()).isEqualTo("Bearer token-2");
  }

  @Test
  void asksForTheStateAtAMomentOrAtAVersion() {
    String state = "/api/audit/inventory/" + ORDER + "/state";
    edge.answerJson("GET", state, "{\"version\":3}");

    assertThat(
            run(
                "--token",
                "t",
                "state",
                "inventory",
                ORDER.toString(),
                "--at",
                "2026-03-02T09:00:00Z"))
        .isZero();
    assertThat(edge.last(state).query()).isEqualTo("at=2026-03-02T09:00:00Z");

    assertThat(run("--token", "t", "state", "inventory", ORDER.toString(), "--version", "3"))
        .isZero();
    assertThat(edge.last(state).query()).isEqualTo("version=3");
    assertThat(out.toString()).contains("\"version\" : 3");
  }

  @Test
  void wantsExactlyOneOfAtAndVersion() {
    assertThat(run("--token", "t", "state", "order", ORDER.toString()))
        .isEqualTo(EventMartAudit.USAGE);
    assertThat(
            run(
                "--token",
                "t",
                "state",
                "order",
                ORDER.toString(),
                "--at",
                "2026-03-02T09:00:00Z",
                "--version",
                "1"))
        .isEqualTo(EventMartAudit.USAGE);
    assertThat(edge.requests).isEmpty();
  }

  @Test
  void printsTheStoryOfACorrelation() {
    edge.answerJson(
        "GET",
        "/api/audit/correlations/checkout-42",
        "[{\"type\":\"OrderPlaced\"},{\"type\":\"StockReserved\"}]");

    assertThat(run("--token", "t", "correlation", "checkout-42")).isZero();

    assertThat(out.toString()).contains("OrderPlaced").contains("StockReserved");
  }

  @Test
  void exportsAWindowToAFileAndChecksIt() throws IOException {
    String export = sealed(List.of(event(1), event(2)));
    edge.answer("GET", "/api/audit/events", 200, "application/x-ndjson", export);
    Path file = files.resolve("window.ndjson");

    int exit =
        run(
            "--token",
            "t",
            "export",
            "--from",
            "2026-03-01T00:00:00Z",
            "--to",
            "2026-04-01T00:00:00Z",
            "--type",
            "OrderPlaced",
            "--aggregate-type",
            "order",
            "--out",
            file.toString());

    assertThat(exit).isZero();
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(export);
    assertThat(edge.last("/api/audit/events").query())
        .isEqualTo(
            "from=2026-03-01T00:00:00Z&to=2026-04-01T00:00:00Z&type=OrderPlaced"
                + "&aggregateType=order");
    assertThat(out.toString()).contains("Exported 2 events to " + file);
  }

  @Test
  void reportsAnExportThatArrivedWithoutItsDigestLine() {
    edge.answer(
        "GET", "/api/audit/events", 200, "application/x-ndjson", event(1) + "\n" + event(2) + "\n");

    int exit =
        run(
            "--token",
            "t",
            "export",
            "--from",
            "2026-03-01T00:00:00Z",
            "--to",
            "2026-04-01T00:00:00Z",
            "--out",
            files.resolve("cut.ndjson").toString());

    assertThat(exit).isEqualTo(EventMartAudit.TAMPERED);
    assertThat(out.toString()).contains("no digest line");
  }

  @Test
  void verifiesAFileOffline() throws IOException {
    Path intact = Files.writeString(files.resolve("intact.ndjson"), sealed(List.of(event(1))));
    Path tampered =
        Files.writeString(
            files.resolve("tampered.ndjson"), sealed(List.of(event(1))).replace("10.00", "11.00"));

    assertThat(run("verify", intact.toString())).isEqualTo(EventMartAudit.OK);
    assertThat(out.toString()).contains("intact: 1 events");
    assertThat(run("verify", tampered.toString())).isEqualTo(EventMartAudit.TAMPERED);
    assertThat(out.toString()).contains("TAMPERED");
    assertThat(edge.requests).isEmpty();
  }

  @Test
  void quotesTheEdgesRefusalAndExitsWith3() {
    edge.answer(
        "GET",
        HISTORY,
        404,
        "application/problem+json",
        "{\"type\":\"https://eventmart.io/problems/not-found\",\"title\":\"Not found\","
            + "\"status\":404,\"detail\":\"No order "
            + ORDER
            + " in the event store\"}");

    assertThat(run("--token", "t", "history", "order", ORDER.toString()))
        .isEqualTo(EventMartAudit.REFUSED);
    assertThat(err.toString()).contains("404 Not found: No order " + ORDER + " in the event store");
  }

  @Test
  void listsTheFieldsAnInvalidRequestGotWrong() {
    edge.answer(
        "GET",
        HISTORY,
        400,
        "application/problem+json",
        "{\"title\":\"Invalid request\",\"status\":400,\"detail\":\"Invalid request\","
            + "\"errors\":[{\"field\":\"aggregateType\",\"message\":\"must be one of …\"}]}");

    assertThat(run("--token", "t", "history", "order", ORDER.toString()))
        .isEqualTo(EventMartAudit.REFUSED);
    assertThat(err.toString()).contains("aggregateType: must be one of …");
  }

  @Test
  void exitsWith3WhenTheEdgeCannotBeReached() {
    edge.close();

    assertThat(run("--token", "t", "history", "order", ORDER.toString()))
        .isEqualTo(EventMartAudit.REFUSED);
    assertThat(err.toString()).contains("cannot reach");
  }

  @Test
  void wantsATokenOrEMailAndPassword() {
    assertThat(run("history", "order", ORDER.toString())).isEqualTo(EventMartAudit.USAGE);
    assertThat(err.toString()).contains("--token");
    assertThat(edge.requests).isEmpty();
  }

  @Test
  void refusesAnUnknownAggregateTypeBeforeAskingTheEdge() {
    assertThat(run("--token", "t", "history", "shipment", ORDER.toString()))
        .isEqualTo(EventMartAudit.USAGE);
    assertThat(edge.requests).isEmpty();
  }

  @Test
  void listsTheProjectionsAsATable() {
    edge.answerJson(
        "GET",
        "/api/admin/projections",
        "[{\"name\":\"audit\",\"status\":\"RUNNING\",\"position\":120,\"lagEvents\":0,"
            + "\"replaying\":false,\"replayProgress\":null},"
            + "{\"name\":\"catalog\",\"status\":\"REPLAYING\",\"position\":60,\"lagEvents\":60,"
            + "\"replaying\":true,\"replayProgress\":0.5}]");

    assertThat(run("--token", "t", "projections")).isZero();

    List<String> lines = out.toString().lines().toList();
    assertThat(lines.get(0)).startsWith("NAME").contains("STATUS").contains("LAG");
    assertThat(lines.get(1)).startsWith("audit").contains("RUNNING").contains("120").endsWith("-");
    assertThat(lines.get(2)).startsWith("catalog").contains("REPLAYING").endsWith("50%");
  }

  @Test
  void startsARebuild() {
    edge.answer(
        "POST",
        "/api/admin/projections/catalog/replay",
        202,
        "application/json",
        "{\"name\":\"catalog\"}");

    assertThat(run("--token", "t", "rebuild", "catalog")).isZero();

    assertThat(edge.last("/api/admin/projections/catalog/replay").method()).isEqualTo("POST");
    assertThat(out.toString()).contains("Rebuilding catalog");
  }

  private int run(String... args) {
    String[] withUrl = new String[args.length + 2];
    withUrl[0] = "--url";
    withUrl[1] = edge.url().toString();
    System.arraycopy(args, 0, withUrl, 2, args.length);
    return EventMartAudit.run(new PrintWriter(out), new PrintWriter(err), withUrl);
  }
}
