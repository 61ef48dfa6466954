package io.eventmart.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventmart.audit.cli.EventMartAudit;
import io.eventmart.platform.PlatformServers;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The auditors' command line, run in-process (its main class's entry point, with arguments) against
 * the whole running platform: an order's history, an export checked and then tampered with, the
 * projections, and a rebuild of the audit log.
 */
class AuditCliIT extends AuditedPlatform {

  @DynamicPropertySource
  static void servers(DynamicPropertyRegistry registry) {
    PlatformServers.register(registry, "http_audit_cli");
  }

  @TempDir Path files;

  private final String checkout = "cli-checkout-" + UUID.randomUUID();
  private UUID order;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeAll
  void anOrderToAudit() {
    UUID product =
        http.registerProduct(
            admin, "cli-registration-" + UUID.randomUUID(), "Desk Lamp", "25.00", 5);
    order = http.placeOrder(http.customer(), checkout, product, 1, "tok_mastercard");
    http.awaitHistory(auditor, "order", order, "OrderConfirmed");
    http.awaitCorrelation(auditor, checkout, "OrderPlaced", "OrderConfirmed");
  }

  @Test
  void printsAnOrdersHistoryForAnAuditorWhoLogsInWithEMailAndPassword() {
    int exit =
        audit(
            "--email",
            auditor.email(),
            "--password",
            AuditorHttp.PASSWORD,
            "history",
            "order",
            order.toString());

    assertThat(exit).as(err.toString()).isEqualTo(EventMartAudit.OK);
    JsonNode history = AuditorHttp.JSON.readTree(out.toString());
    assertThat(AuditorHttp.typesOf(history)).containsExactly("OrderPlaced", "OrderConfirmed");
    assertThat(history.get(0).path("metadata").path("correlationId").asString())
        .isEqualTo(checkout);
  }

  @Test
  void exportsAWindowThatVerifiesIntactUntilOneByteOfItChanges() throws IOException {
    Path export = files.resolve("audit.ndjson");

    int exported =
        audit(
            "--token",
            auditor.token(),
            "export",
            "--from",
            started.minusSeconds(60).toString(),
            "--to",
            Instant.now().plusSeconds(60).toString(),
            "--out",
            export.toString());

    assertThat(exported).as(err.toString()).isEqualTo(EventMartAudit.OK);
    assertThat(out.toString()).contains("Exported").contains("sha256:");
    List<String> lines = Files.readAllLines(export, StandardCharsets.UTF_8);
    assertThat(lines.get(lines.size() - 1)).startsWith("{\"digest\":\"sha256:");
    assertThat(lines).anyMatch(line -> line.contains(checkout) && line.contains("OrderConfirmed"));

    assertThat(audit("verify", export.toString())).isEqualTo(EventMartAudit.OK);
    assertThat(out.toString()).contains("intact: " + (lines.size() - 1) + " events");

    String text = Files.readString(export, StandardCharsets.UTF_8);
    int at = text.indexOf("OrderConfirmed");
    Files.writeString(export, text.substring(0, at) + "X" + text.substring(at + 1));
    assertThat(audit("verify", export.toString())).isEqualTo(EventMartAudit.TAMPERED);
    assertThat(out.toString()).contains("TAMPERED");
  }

  @Test
  void printsTheStoryOfTheCheckoutRequest() {
    assertThat(audit("--token", auditor.token(), "correlation", checkout))
        .as(err.toString())
        .isEqualTo(EventMartAudit.OK);

    assertThat(AuditorHttp.typesOf(AuditorHttp.JSON.readTree(out.toString())))
        .startsWith("OrderPlaced", "StockReserved")
        .endsWith("OrderConfirmed");
  }

  @Test
  void listsTheProjectionsAndRebuildsTheAuditLogForAnAdministrator() {
    assertThat(audit("--token", admin.token(), "projections")).as(err.toString()).isEqualTo(0);
    assertThat(out.toString().lines())
        .anyMatch(line -> line.startsWith("audit "))
        .anyMatch(line -> line.startsWith("catalog "));

    assertThat(audit("--token", admin.token(), "rebuild", "audit")).as(err.toString()).isEqualTo(0);
    assertThat(out.toString()).contains("Rebuilding audit");
    // The rebuilt log tells the same story again.
    http.awaitCorrelation(auditor, checkout, "OrderPlaced", "OrderConfirmed");
  }

  @Test
  void refusesAnAuditorTheAdministratorsCommandsWithExitCode3() {
    assertThat(audit("--token", auditor.token(), "projections")).isEqualTo(EventMartAudit.REFUSED);
    assertThat(err.toString()).contains("403");
  }

  private int audit(String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    String[] withUrl = new String[args.length + 2];
    withUrl[0] = "--url";
    withUrl[1] = http.baseUrl();
    System.arraycopy(args, 0, withUrl, 2, args.length);
    return EventMartAudit.run(new PrintWriter(out), new PrintWriter(err), withUrl);
  }
}
